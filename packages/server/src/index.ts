/** @homeward/server: the back office an embassy deploys. */
export { type BuildAppOptions, buildApp } from './app.js';
export { type ApiConfig, apiConfig, DEFAULT_API_CONFIG } from './app-config.js';
export { type Access, ROLES, ROUTE_PERMISSIONS, rolesAllowed, type Scope } from './auth/permissions.js';
export {
  DEFAULT_PUBLIC_STATS_MINUTES,
  defaultDataDir,
  loadConfig,
  publicStatsMinutes,
  type ServerConfig,
  storeOptions,
} from './config/index.js';
export { createLogger, redactPaths } from './logging.js';
export { CONTENT_SECURITY_POLICY } from './plugins/security-headers.js';
export { type PublicationOptions, PublishedStatistics } from './publication/index.js';
export { ensureLocalAdmin, seedCaseload } from './services/seed.js';
export type { PublicStatistics, StatQuery } from './services/statistics.js';
export { openStore } from './store/index.js';
export type { Role, Store } from './store/types.js';
