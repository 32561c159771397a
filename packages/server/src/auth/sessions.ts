import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiConfig } from '../app-config.js';
import type { Session, Store, User } from '../store/types.js';

export const SESSION_COOKIE = 'hw_session';
/** Touch the session at most once a minute: idle expiry needs minutes, not every request's write. */
const TOUCH_EVERY_MS = 60_000;

export function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A new session: the random id goes to the cookie, only its hash to the store. */
export async function createSession(
  store: Store,
  user: User,
  ip: string | null,
  config: ApiConfig,
  now = new Date(),
): Promise<{ id: string; session: Session }> {
  const id = randomBytes(32).toString('base64url');
  const session = await store.sessions.create({
    idHash: hashSessionId(id),
    userId: user.id,
    csrfToken: randomBytes(32).toString('base64url'),
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + config.sessionAbsoluteHours * 3_600_000).toISOString(),
    ip,
  });
  return { id, session };
}

/** When a session ends: the earlier of its absolute expiry and its idle limit from the last request. */
export function sessionEnds(session: Session, config: ApiConfig): Date {
  const idle = Date.parse(session.lastSeenAt) + config.sessionIdleMinutes * 60_000;
  return new Date(Math.min(Date.parse(session.expiresAt), idle));
}

/** The live session and user a cookie value names, or undefined (unknown, revoked, expired, user disabled). */
export async function loadSession(
  store: Store,
  cookieValue: string | undefined,
  config: ApiConfig,
  now = new Date(),
): Promise<{ session: Session; user: User } | undefined> {
  if (!cookieValue || cookieValue.length > 100) return undefined;
  const idHash = hashSessionId(cookieValue);
  const session = await store.sessions.get(idHash);
  if (!session || session.revokedAt !== null) return undefined;
  if (sessionEnds(session, config).getTime() <= now.getTime()) return undefined;
  const user = await store.users.get(session.userId);
  if (!user || user.disabled) return undefined;
  if (now.getTime() - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS) {
    const lastSeenAt = now.toISOString();
    await store.sessions.touch(idHash, lastSeenAt);
    return { session: { ...session, lastSeenAt }, user };
  }
  return { session, user };
}
