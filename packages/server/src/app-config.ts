/**
 * What the HTTP layer needs to know, with safe defaults. The environment is parsed and checked in src/config (the
 * serve command); tests and the demo pass these values directly.
 */
export interface ApiConfig {
  /** Largest accepted JSON body in bytes (records are a few kilobytes). */
  bodyLimit: number;
  /** Deepest JSON nesting accepted before parsing further (records nest 4 levels). */
  maxJsonDepth: number;
  /** A request must arrive whole within this many ms (slow clients are cut off). */
  requestTimeoutMs: number;
  /** A socket idle this long is closed. */
  connectionTimeoutMs: number;
  /** A kept-alive socket with no new request for this long is closed (an idle client holds no socket for long). */
  keepAliveTimeoutMs: number;
  /** Cookies carry `Secure`; false only for http://localhost. */
  secureCookies: boolean;
  /** Origins allowed to send state-changing staff requests besides the request's own host. */
  allowedOrigins: string[];
  /** Trust X-Forwarded-For from a proxy in front (client address for rate limits and the audit log). */
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Failed logins in a row before the account locks, and for how long. */
  lockoutThreshold: number;
  lockoutMinutes: number;
  /** Public submissions per client per minute. */
  intakeRatePerMinute: number;
  /** Login attempts per client per minute. */
  loginRatePerMinute: number;
  /** Seconds a computed statistics table is reused. */
  statsCacheSeconds: number;
  /** How often the duplicate worker looks for jobs (ms); 0 leaves the worker off (tests drive it by hand). */
  duplicateWorkerIntervalMs: number;
  /** Folders served as the web site (`/`) and the widgets' script-tag bundle (`/vendor/homeward/`), if any. */
  siteDir?: string;
  vendorDir?: string;
  /** Office case-number prefixes, office slug -> 2 to 5 letters; otherwise derived from the slug (core). */
  officePrefixes: Record<string, string>;
  /** Office contact lines printed on the receipt, office slug -> text. */
  officeContacts: Record<string, string>;
}

export const DEFAULT_API_CONFIG: ApiConfig = {
  bodyLimit: 256 * 1024,
  maxJsonDepth: 32,
  requestTimeoutMs: 30_000,
  connectionTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  secureCookies: true,
  allowedOrigins: [],
  trustProxy: false,
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  intakeRatePerMinute: 120,
  loginRatePerMinute: 10,
  statsCacheSeconds: 30,
  duplicateWorkerIntervalMs: 1000,
  officePrefixes: {},
  officeContacts: {},
};

export function apiConfig(partial: Partial<ApiConfig> = {}): ApiConfig {
  return { ...DEFAULT_API_CONFIG, ...partial };
}
