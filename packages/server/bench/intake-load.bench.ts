/**
 * Intake under load (prints figures; not a timed test). The real `homeward-server serve` in a child process, 50
 * concurrent clients on loopback with keep-alive, 10,000 submissions: throughput, p50/p99 latency, and a check that
 * every accepted submission is stored exactly once. SQLite (duplicate queue running) and PostgreSQL. Then how fast
 * the duplicate queue drains against a 100,000-record caseload.
 *
 *   node --conditions=source --import tsx bench/intake-load.bench.ts [submissions] [caseload]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IntakeRecord } from '@homeward/core';
import { generateIntakeRecords } from '@homeward/core/examples';
import pg from 'pg';
import { pino } from 'pino';
import { DuplicateWorker } from '../src/services/duplicate-worker.js';
import { openStore } from '../src/store/open-store.js';
import type { StoreOptions } from '../src/store/types.js';
import { freePort, startPostgres } from '../test/support/postgres.js';
import { clearOf, fingerprint } from '../test/support/records.js';
import { startServerProcess, stopServerProcess } from '../test/support/server-process.js';

const SUBMISSIONS = Number(process.argv[2] ?? 10_000);
const CASELOAD = Number(process.argv[3] ?? 100_000);
const CLIENTS = 50;
const KEY = Buffer.alloc(32, 8).toString('base64');
const KEY_BYTES = new Uint8Array(Buffer.from(KEY, 'base64'));

function post(agent: Agent, port: number, body: string, key: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/intake',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'idempotency-key': key,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function load(
  label: string,
  env: NodeJS.ProcessEnv,
  storeOptions: StoreOptions,
  records: IntakeRecord[],
) {
  const port = await freePort();
  const server = await startServerProcess({
    ...env,
    PORT: String(port),
    HOMEWARD_INTAKE_RATE_PER_MINUTE: '1000000',
  });
  const bodies = records.map((r) => JSON.stringify(r));
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  // Warm-up outside the measurement (JIT, connections, prepared statements).
  const warm = generateIntakeRecords(200, 99);
  await Promise.all(warm.map((r) => post(agent, port, JSON.stringify(r), `warm-${r.id}`)));

  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const accepted: string[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < records.length) {
        const i = next++;
        const t0 = performance.now();
        const status = await post(agent, port, bodies[i]!, `load-${records[i]!.id}`);
        latencies.push(performance.now() - t0);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 201) accepted.push(records[i]!.id);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  await stopServerProcess(server, 'SIGTERM');

  const store = await openStore(storeOptions);
  const stored = await store.records.getMany(accepted);
  const total = await store.records.count({ kind: 'intake' });
  const pending = await store.duplicateJobs.pending();
  await store.close();
  latencies.sort((a, b) => a - b);
  console.log(
    `${label}: ${records.length} submissions, ${CLIENTS} clients: ${(records.length / seconds).toFixed(0)}/s, ` +
      `p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms; ` +
      `statuses ${JSON.stringify(Object.fromEntries(statuses))}; accepted ${accepted.length}, stored ${stored.length} ` +
      `(${new Set(stored.map((s) => s.id)).size} distinct), intake rows ${total} (= accepted + 200 warm-up: ` +
      `${total === accepted.length + warm.length}); duplicate jobs still queued at stop: ${pending}`,
  );
}

async function drainRate(records: IntakeRecord[]) {
  const dir = mkdtempSync(join(tmpdir(), 'hw-bench-drain-'));
  try {
    const store = await openStore({ dataDir: dir, dataKey: KEY_BYTES });
    const caseload = generateIntakeRecords(CASELOAD, 5);
    const t0 = performance.now();
    for (let i = 0; i < caseload.length; i += 1000) {
      await store.transaction(async (tx) => {
        for (const r of caseload.slice(i, i + 1000)) {
          await tx.records.insert({
            kind: 'intake',
            id: r.id,
            record: r,
            clear: clearOf(r),
            fingerprint: fingerprint(r),
          });
        }
      });
    }
    console.log(`caseload: ${CASELOAD} records stored in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const fresh = records.slice(0, 2000);
    for (const r of fresh) {
      await store.records.insert({
        kind: 'intake',
        id: r.id,
        record: r,
        clear: clearOf(r),
        fingerprint: fingerprint(r),
        enqueueDuplicateCheck: true,
      });
    }
    const worker = new DuplicateWorker(store, pino({ level: 'silent' }), 0);
    const t1 = performance.now();
    const done = await worker.drain();
    const seconds = (performance.now() - t1) / 1000;
    const pairs = await store.duplicatePairs.list({ status: 'open' }, { limit: 1 });
    console.log(
      `duplicate queue on a ${CASELOAD}-record caseload: ${done} jobs in ${seconds.toFixed(1)} s = ` +
        `${(done / seconds).toFixed(0)} jobs/s; open pairs ${pairs.total}`,
    );
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const records = generateIntakeRecords(SUBMISSIONS, 42);
const mode = process.env.BENCH_ONLY;

if (!mode || mode === 'sqlite') {
  for (const sync of (process.env.BENCH_SYNC ? [process.env.BENCH_SYNC] : ['NORMAL', 'FULL']) as (
    | 'NORMAL'
    | 'FULL'
  )[]) {
    const dir = mkdtempSync(join(tmpdir(), 'hw-bench-'));
    try {
      await load(
        `SQLite WAL synchronous=${sync}`,
        { HOMEWARD_DATA_DIR: dir, HOMEWARD_DATA_KEY: KEY, HOMEWARD_SQLITE_SYNC: sync },
        { dataDir: dir, dataKey: KEY_BYTES },
        records,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

if (!mode || mode === 'postgres') {
  const postgres = await startPostgres({ fsync: true });
  const dir = mkdtempSync(join(tmpdir(), 'hw-bench-pg-'));
  try {
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    await client.query('CREATE DATABASE bench');
    await client.end();
    const url = postgres.urlFor('bench');
    await load(
      'PostgreSQL 15 (fsync on, pool 10)',
      { HOMEWARD_DATA_DIR: dir, HOMEWARD_DATA_KEY: KEY, DATABASE_URL: url },
      { dataDir: dir, dataKey: KEY_BYTES, databaseUrl: url },
      records,
    );
  } finally {
    postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!mode || mode === 'drain') await drainRate(records);
