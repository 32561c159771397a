export interface BackoffOptions {
  /** Delay before the first retry. Default 2 s. */
  baseMs: number;
  /** Growth per attempt. Default 2. */
  factor: number;
  /** Ceiling of the delay. Default 5 minutes. */
  maxMs: number;
  /** Share of the delay that is random (0 to 1), so devices that lost the same network do not retry in step. Default 0.5. */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 2000, factor: 2, maxMs: 5 * 60_000, jitter: 0.5 };

/**
 * The wait before retry number `attempt` (1 = first retry): exponential, capped, with "equal jitter":
 * `d * (1 - jitter) + random() * d * jitter` where `d = min(maxMs, baseMs * factor^(attempt - 1))`.
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const { baseMs, factor, maxMs, jitter } = options;
  const exponent = Math.max(0, attempt - 1);
  const ceiling = Math.min(maxMs, baseMs * factor ** exponent);
  return Math.round(ceiling * (1 - jitter) + random() * ceiling * jitter);
}

/** `Retry-After` as milliseconds from now: seconds or an HTTP date; `undefined` when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
