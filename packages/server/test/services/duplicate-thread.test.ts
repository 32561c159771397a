/**
 * The duplicate queue on its own thread with its own connection (as `serve` runs it): it drains jobs queued by the
 * server's connection, finds the pairs, keeps running while the server's connection writes, and stops cleanly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIntakeRecords } from '@homeward/core/examples';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuplicateWorkerThread } from '../../src/services/duplicate-thread.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store, StoreOptions } from '../../src/store/types.js';
import { insertInput } from '../support/records.js';

const KEY = new Uint8Array(32).fill(3);
let dir: string;
let options: StoreOptions;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hw-dup-thread-'));
  options = { dataDir: dir, dataKey: KEY };
  store = await openStore(options);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const logs: { level: string; object: object; message: string }[] = [];
const log = {
  error: (object: object, message: string) => logs.push({ level: 'error', object, message }),
  warn: (object: object, message: string) => logs.push({ level: 'warn', object, message }),
};

describe('the duplicate queue thread', () => {
  it('drains jobs the server queued, finds the second registration of a person, while the server keeps writing', async () => {
    const [first, ...others] = generateIntakeRecords(41, 21);
    const again = { ...first!, id: '00000000-0000-4000-8000-00000000d0b1' };
    const thread = new DuplicateWorkerThread(options, log, 50);
    thread.start();
    try {
      for (const record of [first!, again, ...others]) {
        // The server's connection writes (group commit) while the thread claims and scores.
        const result = await store.records.insert(insertInput(record, { enqueueDuplicateCheck: true }));
        expect(result.status).toBe('created');
      }
      const deadline = Date.now() + 20_000;
      while ((await store.duplicateJobs.pending()) > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await store.duplicateJobs.pending(), JSON.stringify(logs)).toBe(0);
      const pairs = await store.duplicatePairs.list({ status: 'open' }, { limit: 100 });
      expect(
        pairs.items.some((p) => [p.aId, p.bId].includes(first!.id) && [p.aId, p.bId].includes(again.id)),
      ).toBe(true);
      expect((await store.records.get(again.id))?.clear.possibleDuplicate).toBe(true);
      // drain() is answered by the thread.
      expect(await thread.drain()).toBe(0);
    } finally {
      await thread.stop();
    }
    expect(logs).toEqual([]);
  }, 60_000);
});
