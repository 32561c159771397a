import { randomBytes } from 'node:crypto';
import { generateIncidentRecords, generateIntakeRecords } from '@homeward/core/examples';
import { type ApiConfig, apiConfig } from '../app-config.js';
import { hashPassword } from '../auth/passwords.js';
import { fingerprintOf } from '../routes/submissions.js';
import type { Store } from '../store/types.js';
import { caseNumberRequest } from './case-numbers.js';
import { incidentClearColumns, intakeClearColumns } from './clear-columns.js';

/**
 * Fills an empty store with a fictional caseload shaped like the January 2026 releases (core's seeded generators),
 * through the same insert as real registrations (case numbers, duplicate checks queued). A store that already holds
 * records is left alone. Returns how many records were added.
 */
export async function seedCaseload(
  store: Store,
  counts: { intake: number; incident: number },
  options: { seed?: number; config?: Partial<ApiConfig> } = {},
): Promise<number> {
  if ((await store.records.count({})) > 0) return 0;
  const config = apiConfig(options.config);
  const seed = options.seed ?? 2026;
  let added = 0;
  for (const record of generateIntakeRecords(counts.intake, seed)) {
    const result = await store.records.insert({
      kind: 'intake',
      id: record.id,
      record,
      clear: intakeClearColumns(record),
      fingerprint: fingerprintOf(record),
      caseNumber: caseNumberRequest(record.office, record.registrationDate, config),
      enqueueDuplicateCheck: true,
    });
    if (result.status === 'created') added++;
  }
  for (const record of generateIncidentRecords(counts.incident, seed)) {
    const result = await store.records.insert({
      kind: 'incident',
      id: record.id,
      record,
      clear: incidentClearColumns(record),
      fingerprint: fingerprintOf(record),
    });
    if (result.status === 'created') added++;
  }
  return added;
}

/**
 * The local admin for `pnpm start`: created once, when the store has no admin, with a random password returned to be
 * printed once (never stored in clear, never a default). Undefined when an admin exists.
 */
export async function ensureLocalAdmin(
  store: Store,
  email = 'admin@localhost',
): Promise<{ email: string; password: string } | undefined> {
  if ((await store.users.count('admin')) > 0) return undefined;
  const password = randomBytes(15).toString('base64url');
  await store.users.create({
    email,
    name: 'Local administrator',
    role: 'admin',
    office: null,
    passwordHash: await hashPassword(password),
  });
  return { email, password };
}
