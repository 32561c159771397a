/** `homeward-server copy-to-postgres`: a SQLite data folder into the run's real PostgreSQL, sealed as it is. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { seedCaseload } from '../../src/services/seed.js';
import { COPIED_TABLES } from '../../src/store/copy-store.js';
import { connect } from '../../src/store/dialect.js';
import { openStore } from '../../src/store/open-store.js';
import { createTestDatabase, type TestDatabase } from '../support/databases.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('copy-to-postgres', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let env: NodeJS.ProcessEnv;
  beforeEach(async () => {
    source = await createTestDatabase('sqlite');
    target = await createTestDatabase('postgres');
    env = { HOMEWARD_DATA_DIR: source.dataDir, HOME: source.dataDir };
  });
  afterEach(async () => {
    await source.cleanup();
    await target.cleanup();
  });

  /** A store with a row in every table: records (versions, tokens, sequences, jobs), case work, staff, audit. */
  async function fill() {
    const store = await openStore({ dataDir: source.dataDir });
    await seedCaseload(store, { intake: 12, incident: 3 });
    const admin = await store.users.create({ email: 'a@x.org', name: 'A', role: 'admin', passwordHash: 'h' });
    const partner = await store.partners.create({ name: 'Shelter', services: ['shelter'], contact: null });
    const page = await store.records.list({ kind: 'intake' }, { limit: 2 });
    const [a, b] = page.items.map((i) => i.id);
    await store.cases.addNote({ caseId: a!, text: 'Sentinel note', authorId: admin.id });
    await store.cases.addEvent({
      caseId: a!,
      type: 'status',
      from: 'registered',
      to: 'assessed',
      note: 'ok',
      actorId: admin.id,
    });
    await store.referrals.create({
      caseId: a!,
      partnerId: partner.id,
      service: 'shelter',
      note: 'n',
      createdBy: admin.id,
    });
    await store.duplicatePairs.upsert({ aId: a!, bId: b!, probability: 0.9, explanation: { name: 1 } });
    await store.audit.append({
      actorId: admin.id,
      actorRole: 'admin',
      action: 'record.read',
      targetType: 'record',
      targetId: a!,
      ip: null,
      detail: null,
    });
    await store.snapshots.publish({ name: 'public-intake', data: { rows: [] } });
    await store.sessions.create({
      idHash: 'h1',
      userId: admin.id,
      csrfToken: 't',
      createdAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      ip: null,
    });
    const expected = await store.records.get(a!);
    await store.close();
    return { a: a!, admin, expected };
  }

  it('copies every table but sessions, checks the counts, and the copy opens with the same key', async () => {
    const { a, expected } = await fill();
    const c = capture();
    expect(await main(['copy-to-postgres', '--to', target.databaseUrl!], env, c.io)).toBe(0);
    const summary = c.out.join('\n');
    expect(summary).toContain('15 records');
    expect(summary).toMatch(/every count checked/);
    expect(summary).not.toContain(new URL(target.databaseUrl!).password || '\u0000');
    for (const table of COPIED_TABLES) expect(c.err.join('\n')).toContain(`  ${table}: `);

    const copy = await openStore({ dataDir: source.dataDir, databaseUrl: target.databaseUrl });
    try {
      expect(copy.dialect).toBe('postgres');
      expect(await copy.records.count({})).toBe(15);
      expect((await copy.records.get(a))?.record).toEqual(expected?.record);
      expect(await copy.cases.notes(a)).toMatchObject([{ text: 'Sentinel note' }]);
      expect(await copy.users.getByEmail('a@x.org')).toMatchObject({ role: 'admin' });
      expect(await copy.sessions.get('h1')).toBeUndefined();
      expect((await copy.audit.list({ action: 'record.read' })).total).toBe(1);
      expect(await copy.duplicateJobs.pending()).toBe(12);
      // Look-up tokens were copied, so finding by document number works without re-indexing.
      const held = expected?.record as { documents?: { number?: string }[] } | undefined;
      const documentNumber = held?.documents?.[0]?.number;
      if (documentNumber) expect(await copy.records.findByToken('document', documentNumber)).toContain(a);
      // Case numbers continue from the copied sequences, not from 1.
      const scopes = connect({ dataDir: source.dataDir, databaseUrl: target.databaseUrl });
      const seq = await scopes.db.selectFrom('case_sequences').selectAll().execute();
      await scopes.db.destroy();
      expect(seq.reduce((n, r) => n + r.last, 0)).toBe(12);
    } finally {
      await copy.close();
    }
  });

  it('refuses a target that is not empty, and leaves it as it was', async () => {
    await fill();
    expect(await main(['copy-to-postgres', '--to', target.databaseUrl!], env, capture().io)).toBe(0);
    const again = capture();
    expect(await main(['copy-to-postgres', '--to', target.databaseUrl!], env, again.io)).toBe(1);
    expect(again.err.join('\n')).toMatch(
      /is not empty: meta \(\d+\), partners \(1\), users \(1\), records \(15\)/,
    );
    const copy = await openStore({ dataDir: source.dataDir, databaseUrl: target.databaseUrl });
    expect(await copy.records.count({})).toBe(15);
    await copy.close();
  });

  it('takes DATABASE_URL as the target, and refuses a wrong URL or a wrong key with a clear message', async () => {
    await fill();
    const noTarget = capture();
    expect(await main(['copy-to-postgres'], env, noTarget.io)).toBe(1);
    expect(noTarget.err[0]).toMatch(/Name the PostgreSQL database to copy into/);
    const mysql = capture();
    expect(await main(['copy-to-postgres', '--to', 'mysql://u:hunter2@h/db'], env, mysql.io)).toBe(1);
    expect(mysql.err[0]).toMatch(/must start with postgres:\/\//);
    expect(mysql.err.join('')).not.toContain('hunter2');
    const wrongKey = capture();
    const otherKey = Buffer.alloc(32, 9).toString('base64');
    expect(
      await main(
        ['copy-to-postgres'],
        { ...env, DATABASE_URL: target.databaseUrl, HOMEWARD_DATA_KEY: otherKey },
        wrongKey.io,
      ),
    ).toBe(1);
    expect(wrongKey.err.join('\n')).toMatch(/The data key does not match/);
    const viaEnv = capture();
    expect(await main(['copy-to-postgres'], { ...env, DATABASE_URL: target.databaseUrl }, viaEnv.io)).toBe(0);
    expect(viaEnv.out[0]).toContain('15 records');
  });
});
