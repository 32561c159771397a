/** Markup in every free-text field is kept as inert data: stored as sent, answered only as JSON under a strict CSP. */
import { fieldCatalog, validateIncident, validateIntake } from '@homeward/core';
import { incidentExamples, intakeExamples } from '@homeward/core/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, harness } from './harness.js';

const MARKUP = '<script>alert(1)</script><img src=x onerror=alert(1)>';
type Json = Record<string, unknown>;

function get(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), value);
}
function set(value: Json, path: string[], next: unknown): void {
  const parent = get(value, path.slice(0, -1)) as Json;
  parent[path.at(-1)!] = next;
}

/**
 * Free-text fields, derived rather than listed: every catalogue path whose example value is a string and which core's
 * validator still accepts with markup in it (enums, dates, ids and codes refuse it, so they are not free text).
 */
function freeText(kind: 'intake' | 'incident', example: Json): string[][] {
  const validate = kind === 'intake' ? validateIntake : validateIncident;
  return Object.keys(fieldCatalog[kind])
    .map((p) => p.replaceAll('[]', '.0').split('.'))
    .filter((path) => {
      if (typeof get(example, path) !== 'string') return false;
      const copy = structuredClone(example);
      set(copy, path, MARKUP);
      return (validate(copy) as { ok: boolean }).ok;
    });
}

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(async () => {
  await h.close();
});

describe.each([
  ['intake', intakeExamples[0] as unknown as Json],
  ['incident', incidentExamples[0] as unknown as Json],
] as const)('markup in every free-text field of an %s record', (kind, example) => {
  it('is stored as sent and answered as JSON with CSP and nosniff', async () => {
    const paths = freeText(kind, example);
    expect(paths.length).toBeGreaterThan(0);
    const marked = structuredClone(example);
    for (const path of paths) set(marked, path, MARKUP);
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/${kind}`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(marked),
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    const stored = await h.store.records.get<Json>(String(example.id));
    for (const path of paths) expect(get(stored?.record, path), path.join('.')).toBe(MARKUP);
  });
});
