import { intakeExamples } from '@homeward/core/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Access, ROLES, ROUTE_PERMISSIONS, rolesAllowed } from '../../src/auth/permissions.js';
import type { Role } from '../../src/store/types.js';
import { type Harness, harness, OFFICE, type Session } from '../routes/harness.js';

let h: Harness;
const sessions = {} as Record<Role, Session>;
let caseId: string;

beforeAll(async () => {
  h = await harness();
  for (const role of ROLES) sessions[role] = await h.login(role);
  const record = { ...intakeExamples[0]!, office: OFFICE };
  const res = await h.app.inject({ method: 'POST', url: '/api/intake', payload: record });
  caseId = res.json().id;
});
afterAll(async () => {
  await h.close();
});

/** A concrete URL for a route pattern. */
function urlFor(pattern: string): string {
  return pattern
    .replace(':kind', 'intake')
    .replace(':stat', 'count')
    .replace(':format', 'jsonl')
    .replace(':id', caseId);
}

const routes = Object.entries(ROUTE_PERMISSIONS as Record<string, Access>).map(([key, access]) => {
  const [method, pattern] = key.split(' ') as [string, string];
  return { key, method, pattern, access };
});

describe('the route permission table', () => {
  it('covers every API route the app serves, and nothing else', () => {
    const served = h.app
      .printRoutes({ commonPrefix: false, method: undefined })
      .split('\n')
      .filter((line) => line.includes('/api/'));
    expect(served.length).toBeGreaterThan(0);
    const swagger = h.app.swagger() as { paths: Record<string, Record<string, { 'x-roles'?: string[] }>> };
    const documented = Object.entries(swagger.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const tabled = Object.keys(ROUTE_PERMISSIONS).filter((k) => k !== 'GET /api/openapi.json');
    expect(documented.sort()).toEqual(tabled.sort());
  });

  it('states each operation’s roles in the OpenAPI document, from the table', () => {
    const swagger = h.app.swagger() as {
      paths: Record<string, Record<string, { 'x-roles'?: string[]; security?: unknown[] }>>;
    };
    for (const { method, pattern, access } of routes) {
      if (pattern === '/api/openapi.json') continue;
      const op = swagger.paths[pattern.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
      expect(op?.['x-roles'], `${method} ${pattern}`).toEqual(rolesAllowed(access));
      expect(op?.security?.length, `${method} ${pattern}`).toBe(access.public ? 0 : 1);
    }
  });

  describe.each(routes.filter((r) => !r.access.public))('$key', ({ method, pattern, access }) => {
    it('refuses a request without a session (401)', async () => {
      const res = await h.app.inject({
        method: method as 'GET',
        url: urlFor(pattern),
        payload: method === 'GET' || method === 'DELETE' ? undefined : {},
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().issues[0].code).toBe('unauthenticated');
    });

    it.each(ROLES)('%s: allowed roles get past the guard, others get 403', async (role) => {
      const allowed = rolesAllowed(access).includes(role);
      const res = await sessions[role].request({
        method: method as 'GET',
        url: urlFor(pattern),
        ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
      });
      if (allowed) {
        // Past the guard: whatever the handler says about the (empty) input, never the guard's refusals.
        expect(
          [401, 403].includes(res.statusCode) &&
            ['forbidden', 'unauthenticated', 'csrf'].includes(res.json().issues?.[0]?.code),
        ).toBe(false);
        expect(res.statusCode).toBeLessThan(500);
      } else {
        expect(res.statusCode).toBe(403);
        expect(res.json().issues[0].code).toBe('forbidden');
      }
      if (pattern === '/api/session' && method === 'DELETE' && allowed) sessions[role] = await h.login(role);
    });
  });
});
