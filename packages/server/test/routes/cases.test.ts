import type { IntakeRecord } from '@homeward/core';
import { generateIntakeRecords, intakeExamples } from '@homeward/core/examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, harness, OFFICE, type Session } from './harness.js';

let h: Harness;
let admin: Session;
let caseworker: Session;
let registrar: Session;
let partnerSession: Session;
const mine: IntakeRecord = { ...intakeExamples[0]!, office: OFFICE };
const other: IntakeRecord = { ...intakeExamples[1]! };
let mineNumber: string;

beforeAll(async () => {
  h = await harness();
  [admin, caseworker, registrar, partnerSession] = await Promise.all([
    h.login('admin'),
    h.login('caseworker'),
    h.login('registrar'),
    h.login('partner'),
  ]);
  mineNumber = (await h.app.inject({ method: 'POST', url: '/api/intake', payload: mine })).json().caseNumber;
  await h.app.inject({ method: 'POST', url: '/api/intake', payload: other });
  for (const record of generateIntakeRecords(30, 7)) {
    await h.app.inject({ method: 'POST', url: '/api/intake', payload: { ...record, office: OFFICE } });
  }
});
afterAll(async () => {
  await h.close();
});

const get = (s: Session, url: string) => s.request({ method: 'GET', url });

describe('case list and look-up', () => {
  it('lists with filters, sorting and cursor pagination, without repeats', async () => {
    const seen = new Set<string>();
    let cursor: string | undefined;
    let total = 0;
    do {
      const res = await get(
        admin,
        `/api/cases?limit=7&sort=-registrationDate${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(res.statusCode).toBe(200);
      const body = res.json();
      total = body.total;
      for (const item of body.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen.size).toBe(total);
    expect(total).toBe(32);
    const filtered = (await get(admin, `/api/cases?citizenship=${other.person.citizenship[0]}`)).json();
    expect(
      filtered.items.every((i: { citizenship: string[] }) =>
        i.citizenship.includes(other.person.citizenship[0]!),
      ),
    ).toBe(true);
  });

  it('finds a case by its number, typed loosely, and says when the check digit is wrong', async () => {
    const loose = mineNumber.toLowerCase().replaceAll('-', ' ');
    const found = (await get(registrar, `/api/cases?q=${encodeURIComponent(loose)}`)).json();
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([mine.id]);
    const wrong = `${mineNumber.slice(0, -1)}${(Number(mineNumber.at(-1)) + 1) % 10}`;
    const res = await get(registrar, `/api/cases?caseNumber=${wrong}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].code).toBe('invalid_check_digit');
  });

  it('finds a person by name (blind index, scored with core matching) and by document number', async () => {
    const byName = (await get(admin, `/api/cases?q=${encodeURIComponent(mine.person.fullName)}`)).json();
    expect(byName.items[0]).toMatchObject({ id: mine.id, score: expect.any(Number) });
    const doc = mine.documents?.find((d) => d.number)?.number;
    if (doc) {
      const byDoc = (await get(admin, `/api/cases?document=${encodeURIComponent(doc)}`)).json();
      expect(byDoc.items.map((i: { id: string }) => i.id)).toContain(mine.id);
    }
  });

  it('refuses unknown query parameters and wrong types with reasons', async () => {
    const unknown = await get(admin, '/api/cases?isAdmin=true');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues[0].code).toBe('unknown_field');
    const badLimit = await get(admin, '/api/cases?limit=abc');
    expect(badLimit.statusCode).toBe(400);
  });

  it('shows a caseworker only the cases of their office', async () => {
    const list = (await get(caseworker, '/api/cases?limit=200')).json();
    expect(list.items.every((i: { office: string }) => i.office === OFFICE)).toBe(true);
    expect((await get(caseworker, `/api/cases/${other.id}`)).statusCode).toBe(404);
    expect((await get(admin, `/api/cases/${other.id}`)).statusCode).toBe(200);
  });
});

describe('a case', () => {
  it('shows the record with screening, events and allowed transitions; the read is audited, not its contents', async () => {
    const res = await get(caseworker, `/api/cases/${mine.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    const body = res.json();
    expect(body).toMatchObject({ id: mine.id, caseNumber: mineNumber, status: 'registered', version: 1 });
    expect(body.allowedTransitions).toContain('assessed');
    const audit = await h.store.audit.list({ action: 'record.read', targetId: mine.id });
    expect(audit.items.length).toBeGreaterThan(0);
    expect(audit.items[0]).toMatchObject({ actorId: h.users.caseworker.id, ip: expect.any(String) });
    expect(JSON.stringify(audit.items)).not.toContain(mine.person.fullName);
  });

  it('two edits of one version: one saves, the other gets 412 with the current version', async () => {
    const edit = (notes: string) =>
      caseworker.request({
        method: 'PUT',
        url: `/api/cases/${mine.id}`,
        headers: { 'if-match': '"1"' },
        payload: { record: { ...mine, notes } },
      });
    const [a, b] = await Promise.all([edit('first'), edit('second')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
    const lost = a.statusCode === 412 ? a : b;
    expect(lost.json().current.version).toBe(2);
    expect(lost.headers.etag).toBe('"2"');
    const history = (await get(caseworker, `/api/cases/${mine.id}/history`)).json();
    expect(history.versions.length).toBeGreaterThanOrEqual(2);
  });

  it('needs If-Match to edit (428) and validates the record again', async () => {
    const none = await caseworker.request({
      method: 'PUT',
      url: `/api/cases/${mine.id}`,
      payload: { record: mine },
    });
    expect(none.statusCode).toBe(428);
    const bad = await caseworker.request({
      method: 'PUT',
      url: `/api/cases/${mine.id}`,
      headers: { 'if-match': '"2"' },
      payload: { record: { ...mine, person: { ...mine.person, citizenship: [] } } },
    });
    expect(bad.statusCode).toBe(400);
    const extra = await caseworker.request({
      method: 'PUT',
      url: `/api/cases/${mine.id}`,
      headers: { 'if-match': '"2"' },
      payload: { record: mine, admin: true },
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().issues[0].code).toBe('unknown_field');
  });

  it('moves along the workflow with who, when and a note; refuses a transition not allowed (409)', async () => {
    const current = (await get(caseworker, `/api/cases/${mine.id}`)).json();
    const res = await caseworker.request({
      method: 'POST',
      url: `/api/cases/${mine.id}/status`,
      headers: { 'if-match': `"${current.version}"` },
      payload: { to: 'assessed', note: 'screened at the desk' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('assessed');
    const event = res
      .json()
      .events.find((e: { type: string; to: string }) => e.type === 'status' && e.to === 'assessed');
    expect(event).toMatchObject({
      from: 'registered',
      actorId: h.users.caseworker.id,
      note: 'screened at the desk',
      at: expect.any(String),
    });
    const refused = await caseworker.request({
      method: 'POST',
      url: `/api/cases/${mine.id}/status`,
      headers: { 'if-match': `"${res.json().version}"` },
      payload: { to: 'registered' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().issues[0].code).toBe('transition_not_allowed');
    const stale = await caseworker.request({
      method: 'POST',
      url: `/api/cases/${mine.id}/status`,
      headers: { 'if-match': '"1"' },
      payload: { to: 'closed' },
    });
    expect(stale.statusCode).toBe(412);
  });

  it('keeps notes as text, markup included', async () => {
    const text = '<img src=x onerror=alert(1)> called family';
    const res = await registrar.request({
      method: 'POST',
      url: `/api/cases/${mine.id}/notes`,
      payload: { text },
    });
    expect(res.statusCode).toBe(201);
    const notes = (await get(admin, `/api/cases/${mine.id}`)).json().notes;
    expect(notes.map((n: { text: string }) => n.text)).toContain(text);
  });

  it('prints a receipt with case number, name and next steps, nothing sensitive', async () => {
    const res = await get(registrar, `/api/cases/${mine.id}/receipt`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ caseNumber: mineNumber, name: mine.person.fullName, office: OFFICE });
    expect(res.body).not.toContain('indicators');
    expect(res.body).not.toContain(mine.documents?.[0]?.number ?? 'no-document');
  });
});

describe('referrals', () => {
  it('refuses a referral the person did not consent to (422), accepts one they did; the partner sees only its own in its profile', async () => {
    const [partner] = await h.store.partners.list();
    const noConsent = {
      ...mine,
      id: '7d1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b',
      consent: { store: mine.consent.store },
    };
    await h.app.inject({ method: 'POST', url: '/api/intake', payload: noConsent });
    const refused = await caseworker.request({
      method: 'POST',
      url: `/api/cases/${noConsent.id}/referrals`,
      payload: { partner: partner!.id, service: 'shelter' },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().issues[0].code).toBe('not_consented');

    const consenting = {
      ...mine,
      id: '8e2a3b4c-5d6e-4f7a-8b9c-1d2e3f4a5b6c',
      consent: {
        ...mine.consent,
        shareWithPartners: { given: true, date: mine.registrationDate, partners: [partner!.name] },
      },
    };
    expect((await h.app.inject({ method: 'POST', url: '/api/intake', payload: consenting })).statusCode).toBe(
      201,
    );
    const created = await caseworker.request({
      method: 'POST',
      url: `/api/cases/${consenting.id}/referrals`,
      payload: { partner: partner!.id, service: 'shelter', note: 'needs a bed tonight' },
    });
    expect(created.statusCode).toBe(201);

    const list = (await get(partnerSession, '/api/referrals')).json();
    expect(list.items.map((r: { caseId: string }) => r.caseId)).toEqual([consenting.id]);
    const one = (await get(partnerSession, `/api/referrals/${created.json().id}`)).json();
    expect(one.record.person.fullName).toBe(consenting.person.fullName);
    expect(one.record).not.toHaveProperty('notes');
    expect((await get(partnerSession, `/api/cases/${consenting.id}`)).statusCode).toBe(403);
  });
});
