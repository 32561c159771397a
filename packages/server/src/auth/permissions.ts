import type { Role } from '../store/types.js';

export const ROLES: readonly Role[] = ['admin', 'registrar', 'caseworker', 'analyst', 'partner'];

/**
 * How far a role's access reaches on a route: `all` records; `office` only cases of the user's office; `partner` only
 * referrals addressed to the user's organisation (in core's partner redaction profile).
 */
export type Scope = 'all' | 'office' | 'partner';

export type Access = { public: true } | { public?: false; roles: Partial<Record<Role, Scope>> };

const all = (...roles: Role[]) => Object.fromEntries(roles.map((r) => [r, 'all'])) as Record<Role, Scope>;
const STAFF = all('admin', 'registrar', 'caseworker', 'analyst', 'partner');
const DESK = { admin: 'all', registrar: 'all', caseworker: 'office' } as const;
const CASEWORK = { admin: 'all', caseworker: 'office' } as const;

/**
 * THE route permission table: every API route, who may call it and how far their access reaches. One preHandler
 * enforces it (auth/guard.ts), the OpenAPI document states it per operation, and a test walks every role against
 * every route. A route missing here is refused to everyone.
 */
export const ROUTE_PERMISSIONS = {
  'GET /api/health': { public: true },
  'GET /api/ready': { public: true },
  'GET /api/openapi.json': { public: true },
  'POST /api/intake': { public: true },
  'POST /api/incident': { public: true },
  'GET /api/public/stats/:kind/:stat': { public: true },
  'POST /api/session': { public: true },
  'GET /api/session': { roles: STAFF },
  'DELETE /api/session': { roles: STAFF },
  'GET /api/cases': { roles: DESK },
  'POST /api/cases': { roles: DESK },
  'GET /api/cases/:id': { roles: DESK },
  'PUT /api/cases/:id': { roles: CASEWORK },
  'GET /api/cases/:id/history': { roles: CASEWORK },
  'GET /api/cases/:id/receipt': { roles: DESK },
  'POST /api/cases/:id/status': { roles: CASEWORK },
  'POST /api/cases/:id/notes': { roles: DESK },
  'POST /api/cases/:id/referrals': { roles: CASEWORK },
  'GET /api/partners': { roles: { ...DESK, partner: 'partner' } },
  'POST /api/partners': { roles: all('admin') },
  'GET /api/referrals': { roles: { ...CASEWORK, partner: 'partner' } },
  'GET /api/referrals/:id': { roles: { ...CASEWORK, partner: 'partner' } },
  'POST /api/referrals/:id/status': { roles: { ...CASEWORK, partner: 'partner' } },
  'GET /api/duplicates': { roles: CASEWORK },
  'POST /api/duplicates/:id/merge': { roles: CASEWORK },
  'POST /api/duplicates/:id/dismiss': { roles: CASEWORK },
  'GET /api/stats/:kind/:stat': { roles: all('admin', 'analyst', 'caseworker', 'registrar') },
  'GET /api/exports/:format': {
    roles: { admin: 'all', caseworker: 'office', analyst: 'all', partner: 'partner' },
  },
  'GET /api/audit': { roles: all('admin') },
  'GET /api/users': { roles: all('admin') },
  'POST /api/users': { roles: all('admin') },
} as const satisfies Record<string, Access>;

export type RouteKey = keyof typeof ROUTE_PERMISSIONS;

export function routeKey(method: string, url: string): string {
  return `${method.toUpperCase()} ${url}`;
}

export function accessFor(method: string, url: string): Access | undefined {
  return (ROUTE_PERMISSIONS as Record<string, Access>)[routeKey(method, url)];
}

/** The roles allowed on a route, in ROLES order ([] for a public route). */
export function rolesAllowed(access: Access): Role[] {
  return access.public ? [] : ROLES.filter((role) => role in access.roles);
}

export function scopeOf(access: Access, role: Role): Scope | undefined {
  return access.public ? 'all' : access.roles[role];
}
