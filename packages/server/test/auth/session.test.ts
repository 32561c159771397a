import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashSessionId } from '../../src/auth/sessions.js';
import { type Harness, harness, PASSWORD } from '../routes/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await harness({ lockoutThreshold: 3, lockoutMinutes: 15, loginRatePerMinute: 100 });
});
afterEach(async () => {
  await h.close();
});

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  h.app.inject({ method: 'POST', url: '/api/session', payload: { email, password }, headers });

describe('/api/session', () => {
  it('signs in with an HttpOnly SameSite=Strict cookie, stores only the hash of the session id', async () => {
    const res = await login('caseworker@example.org', PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({
      email: 'caseworker@example.org',
      role: 'caseworker',
      office: expect.any(String),
    });
    expect(body.user).not.toHaveProperty('passwordHash');
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookie = res.cookies.find((c) => c.name === 'hw_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(await h.store.sessions.get(cookie.value)).toBeUndefined();
    expect(await h.store.sessions.get(hashSessionId(cookie.value))).toBeDefined();
    const me = await h.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: `hw_session=${cookie.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBe(body.csrfToken);
  });

  it('sets Secure on the cookie outside localhost', async () => {
    const secure = await harness({ secureCookies: true });
    try {
      const res = await secure.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: 'admin@example.org', password: PASSWORD },
      });
      expect(res.cookies.find((c) => c.name === 'hw_session')?.secure).toBe(true);
    } finally {
      await secure.close();
    }
  });

  it('answers 401 alike for an unknown e-mail and a wrong password, and audits both', async () => {
    const unknown = await login('nobody@example.org', 'whatever password');
    const wrong = await login('admin@example.org', 'not the password');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    const audit = await h.store.audit.list({ action: 'login.failure' });
    expect(audit.items).toHaveLength(2);
    expect(JSON.stringify(audit.items)).not.toContain('not the password');
  });

  it('locks the account after repeated failures (423 with the retry time), even for the right password', async () => {
    for (let i = 0; i < 2; i++) expect((await login('registrar@example.org', 'wrong')).statusCode).toBe(401);
    const third = await login('registrar@example.org', 'wrong');
    expect(third.statusCode).toBe(423);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(800);
    expect(third.json().issues[0].code).toBe('locked');
    const right = await login('registrar@example.org', PASSWORD);
    expect(right.statusCode).toBe(423);
  });

  it('rate-limits sign-in attempts per client (429)', async () => {
    const limited = await harness({ loginRatePerMinute: 2 });
    try {
      const send = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/session',
          payload: { email: 'x@y.z', password: 'p' },
        });
      await send();
      await send();
      expect((await send()).statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('refuses a state-changing request without the CSRF token or from another origin', async () => {
    const s = await h.login('admin');
    const noToken = await h.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: s.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().issues[0].code).toBe('csrf');
    const wrongToken = await h.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrongToken.statusCode).toBe(403);
    const otherSite = await s.request({
      method: 'DELETE',
      url: '/api/session',
      headers: { origin: 'https://evil.example' },
    });
    expect(otherSite.statusCode).toBe(403);
    expect(otherSite.json().issues[0].code).toBe('bad_origin');
    const loginFromElsewhere = await login('admin@example.org', PASSWORD, { origin: 'https://evil.example' });
    expect(loginFromElsewhere.statusCode).toBe(403);
    const sameSite = await s.request({
      method: 'DELETE',
      url: '/api/session',
      headers: { origin: 'http://localhost:80' },
    });
    expect(sameSite.statusCode).toBe(204);
  });

  it('signs out: the session is revoked and the cookie no longer works', async () => {
    const s = await h.login('analyst');
    expect((await s.request({ method: 'DELETE', url: '/api/session' })).statusCode).toBe(204);
    const after = await s.request({ method: 'GET', url: '/api/session' });
    expect(after.statusCode).toBe(401);
  });

  it('ends an idle session and one past its absolute expiry', async () => {
    const s = await h.login('admin');
    const [, value] = s.cookie.split('=');
    const idHash = hashSessionId(value!);
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    await h.store.sessions.touch(idHash, hourAgo);
    expect((await s.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);

    const t = await h.login('admin');
    const tHash = hashSessionId(t.cookie.split('=')[1]!);
    await h.store.sessions.touch(tHash, new Date().toISOString(), new Date(Date.now() - 1000).toISOString());
    expect((await t.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
  });

  it('never has a default account: a fresh store has no users', async () => {
    const { openStore } = await import('../../src/store/index.js');
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'homeward-empty-'));
    const store = await openStore({ dataDir: dir });
    try {
      expect(await store.users.count()).toBe(0);
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
