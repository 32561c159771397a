import { generateIncidentRecords, generateIntakeRecords } from '@homeward/core/examples';
import { fingerprintOf, type RecordKind, type RecordStore } from './record-store.js';

/**
 * Fills an empty store with fictional records shaped like the January 2026 releases (core's seeded generators), so
 * the demo's charts have something to show. Nothing is added to a store that already holds records.
 */
export async function seedStore(
  store: RecordStore,
  counts: { intake: number; incident: number },
  seed = 2026,
): Promise<void> {
  if (store.count('intake') + store.count('incident') > 0) return;
  const receivedAt = new Date().toISOString();
  const batches: [RecordKind, { id: string }[]][] = [
    ['intake', generateIntakeRecords(counts.intake, seed)],
    ['incident', generateIncidentRecords(counts.incident, seed)],
  ];
  for (const [kind, records] of batches) {
    for (const record of records) {
      await store.add(kind, { id: record.id, receivedAt, fingerprint: fingerprintOf(record), record });
    }
  }
}
