/**
 * The staff operations in openapi-typescript's `paths` shape, for openapi-fetch: generated from the server's
 * openapi.json into schema.d.ts (`pnpm --filter @homeward/widgets run staff-api`; `staff-api:check` in the tests).
 */
export type { paths } from './schema.js';
