/**
 * kill -9 in the middle of an intake load, restart on the same data: every submission answered 201 is there with
 * its case number and opens whole, nothing half-written, and a retry of any of them is answered 200, not 201.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IntakeRecord } from '@homeward/core';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { freePort } from '../support/postgres.js';
import { intakes } from '../support/records.js';
import { startServerProcess, stopServerProcess } from '../support/server-process.js';

const KEY = Buffer.alloc(32, 4).toString('base64');

async function submit(address: string, record: IntakeRecord) {
  const res = await fetch(`${address}/api/intake`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `key-${record.id}` },
    body: JSON.stringify(record),
  });
  return { status: res.status, body: (await res.json()) as { id?: string; caseNumber?: string } };
}

describe('a server killed with SIGKILL under load', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hw-kill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every answered submission, whole, and answers their retries with 200', async () => {
    const env = {
      HOMEWARD_DATA_DIR: dir,
      HOMEWARD_DATA_KEY: KEY,
      PORT: String(await freePort()),
      HOMEWARD_INTAKE_RATE_PER_MINUTE: '1000000',
    };
    const server = await startServerProcess(env);
    const records = intakes(4000, 11);
    const answered = new Map<string, string>();
    let next = 0;
    let killed = false;
    const client = async () => {
      while (!killed && next < records.length) {
        const record = records[next++]!;
        try {
          const { status, body } = await submit(server.address, record);
          if (status === 201 || status === 200) answered.set(record.id, body.caseNumber ?? '');
          else throw new Error(`unexpected ${status}: ${JSON.stringify(body)}`);
        } catch (error) {
          if (!killed) throw error;
        }
      }
    };
    const load = Promise.all(Array.from({ length: 16 }, client));
    // Kill once the load is well under way (some hundreds answered), mid-request for most clients.
    while (answered.size < 300) await new Promise((r) => setTimeout(r, 20));
    killed = true;
    expect(await stopServerProcess(server, 'SIGKILL')).toBeNull();
    await load;
    expect(answered.size).toBeGreaterThanOrEqual(300);

    const store = await openStore({ dataDir: dir, dataKey: new Uint8Array(Buffer.from(KEY, 'base64')) });
    const all = [];
    let cursor: string | undefined;
    do {
      // Every stored body opens under its key and version: nothing torn.
      const page = await store.records.list<IntakeRecord>({}, { cursor, limit: 500 });
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const byId = new Map(all.map((r) => [r.id, r]));
    const sent = new Map(records.map((r) => [r.id, r]));
    for (const [id, caseNumber] of answered) {
      expect(byId.get(id)?.caseNumber).toBe(caseNumber);
      expect(byId.get(id)?.record).toEqual(sent.get(id));
    }
    expect(new Set(all.map((r) => r.caseNumber)).size).toBe(all.length);
    await store.close();

    const again = await startServerProcess({ ...env, PORT: String(await freePort()) });
    try {
      const retried = [...answered.keys()].slice(0, 200);
      for (const id of retried) {
        const { status, body } = await submit(again.address, sent.get(id)!);
        expect(status).toBe(200);
        expect(body.caseNumber).toBe(answered.get(id));
      }
    } finally {
      expect(await stopServerProcess(again, 'SIGTERM')).toBe(0);
    }
  }, 180_000);
});
