/**
 * An in-memory stand-in for the staff API, for stories and element tests only (the end-to-end tests run the real
 * @homeward/server). Its data are core's fictional example records; its rules are the contract's (roles, CSRF,
 * If-Match, consent for referrals), kept small. Returns a `fetch` for `new StaffSession({ fetch })`.
 */
import { type IntakeRecord, nameSkeleton, partnerSharingAllowed, screen } from '@homeward/core';
import { intakeExamples } from '@homeward/core/examples';
import type {
  CaseDetail,
  CaseStatus,
  CaseSummary,
  DuplicatePairView,
  Partner,
  Referral,
  StaffRole,
  StaffUser,
} from '../api/contract.js';

export interface FakeApiOptions {
  role?: StaffRole;
  /** Answer every call with this status (500, 401) to show error states. */
  failWith?: number;
  /** Sign-in answers: 'ok', or 'locked' (423), 'rate-limited' (429). */
  signIn?: 'ok' | 'locked' | 'rate-limited';
  /** Start signed in (stories of signed-in elements). */
  signedIn?: boolean;
  /** Delay of every answer, ms. */
  delay?: number;
}

export const FAKE_PASSWORD = 'correct horse battery staple';
export const CASE_NUMBERS = [
  'PNH-26-00042-7',
  'PNH-26-00043-5',
  'PNH-26-00044-3',
  'SRP-26-00007-1',
  'SHV-26-00011-9',
];

export const PARTNERS: Partner[] = [
  { id: 'vn-embassy', name: 'Vietnamese embassy', services: ['shelter', 'legal', 'familyContact'] },
  { id: 'safe-house', name: 'Safe House Phnom Penh', services: ['shelter', 'medical', 'psychological'] },
  { id: 'legal-aid', name: 'Legal Aid Cambodia', services: ['legal'] },
];

const TRANSITIONS: Record<CaseStatus, CaseStatus[]> = {
  registered: ['assessed', 'referred', 'closed'],
  assessed: ['documents_issued', 'referred', 'closed'],
  documents_issued: ['repatriated', 'referred', 'closed'],
  repatriated: ['closed'],
  referred: ['assessed', 'closed'],
  closed: [],
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

interface StoredCase {
  id: string;
  caseNumber: string;
  version: number;
  record: IntakeRecord;
  events: CaseDetail['events'];
  notes: CaseDetail['notes'];
  referrals: Referral[];
}

export function fakeCases(): StoredCase[] {
  return intakeExamples.slice(0, CASE_NUMBERS.length).map((record, i) => ({
    id: record.id,
    caseNumber: CASE_NUMBERS[i]!,
    version: 1,
    record: structuredClone(record),
    events: [{ at: `${record.registrationDate}T09:00:00Z`, type: 'status', to: record.status, by: 'Dewi' }],
    notes: [],
    referrals: [],
  }));
}

function summary(c: StoredCase): CaseSummary {
  const r = c.record;
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    displayName: r.person.fullName,
    ...(r.person.latinName ? { latinName: r.person.latinName } : {}),
    status: r.status,
    office: r.office,
    registrationDate: r.registrationDate,
    citizenship: [...(r.person.citizenship ?? [])],
    flags: {
      minor: r.childProtection === true,
      screeningMet: screen(r).meetsThreshold,
      possibleDuplicate: false,
      retrafficked: false,
    },
    updatedAt: `${r.registrationDate}T09:00:00Z`,
  };
}

export function fakeApi(options: FakeApiOptions = {}): (request: Request) => Promise<Response> {
  const user: StaffUser = {
    id: 'u1',
    name: 'Dewi Lestari',
    email: 'dewi@example.org',
    role: options.role ?? 'registrar',
    office: 'idn-embassy-phnom-penh',
  };
  let signedIn = options.signedIn ?? false;
  const csrfToken = 'fake-csrf-token';
  const cases = fakeCases();
  const session = () => ({ user, csrfToken, expiresAt: new Date(Date.now() + 3600e3).toISOString() });
  const detail = (c: StoredCase): CaseDetail => ({
    id: c.id,
    caseNumber: c.caseNumber,
    status: c.record.status,
    office: c.record.office,
    version: c.version,
    record: c.record,
    screening: screen(c.record),
    events: c.events,
    notes: c.notes,
    referrals: c.referrals,
    duplicates: [],
    allowedTransitions: TRANSITIONS[c.record.status],
  });
  const duplicates: DuplicatePairView[] = [
    {
      id: 'dup-1',
      probability: 0.93,
      explanation: ['similar_name', 'consistent_age', 'same_citizenship'],
      a: { id: cases[0]!.id, caseNumber: cases[0]!.caseNumber, record: cases[0]!.record },
      b: {
        id: 'dup-b',
        caseNumber: 'PNH-26-00051-2',
        record: { ...cases[0]!.record, person: { ...cases[0]!.record.person, fullName: 'Rizki', age: 19 } },
      },
    },
  ];

  async function answer(request: Request): Promise<Response> {
    const url = new URL(request.url, 'http://fake.invalid');
    const path = url.pathname;
    const method = request.method;
    if (options.failWith) return json(options.failWith, { error: 'failure', message: 'The server failed.' });
    if (path === '/api/session') {
      if (method === 'POST') {
        if (options.signIn === 'locked') return json(423, { error: 'locked', retryAfter: 900 });
        if (options.signIn === 'rate-limited')
          return json(429, { error: 'rate_limited' }, { 'retry-after': '60' });
        const body = (await request.json()) as { email: string; password: string };
        if (body.email !== user.email || body.password !== FAKE_PASSWORD)
          return json(401, { error: 'invalid' });
        signedIn = true;
        return json(200, session());
      }
      if (method === 'DELETE') {
        signedIn = false;
        return new Response(null, { status: 204 });
      }
      return signedIn ? json(200, session()) : json(401, { error: 'unauthenticated' });
    }
    if (!signedIn) return json(401, { error: 'unauthenticated' });
    if (method !== 'GET' && request.headers.get('x-csrf-token') !== csrfToken)
      return json(403, { error: 'csrf' });
    if (path === '/api/cases') {
      const q = url.searchParams.get('q');
      const number = url.searchParams.get('caseNumber');
      const status = url.searchParams.get('status');
      let found = cases.filter((c) => !status || c.record.status === status);
      if (number) found = found.filter((c) => c.caseNumber === number.toUpperCase());
      if (q) {
        // Names meet across scripts and spellings through core's skeleton (Rizki finds Rizky, Zhang Wei finds 张伟).
        const wanted = nameSkeleton(q);
        found = found.filter((c) =>
          [c.record.person.fullName, c.record.person.latinName ?? ''].some(
            (n) => n && nameSkeleton(n) === wanted,
          ),
        );
      }
      const items = found.map(summary);
      const sort = url.searchParams.get('sort') ?? '-registrationDate';
      const key = sort.replace(/^-/, '') as keyof CaseSummary;
      const field = key === ('name' as keyof CaseSummary) ? 'displayName' : key;
      items.sort(
        (a, b) => String(a[field]).localeCompare(String(b[field])) * (sort.startsWith('-') ? -1 : 1),
      );
      const limit = Number(url.searchParams.get('limit') ?? 25);
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const page = items.slice(start, start + limit);
      return json(200, {
        items: page,
        total: items.length,
        ...(start + limit < items.length ? { nextCursor: String(start + limit) } : {}),
      });
    }
    if (path === '/api/partners') return json(200, PARTNERS);
    if (path === '/api/duplicates') return json(200, duplicates);
    const dup = /^\/api\/duplicates\/([^/]+)\/(merge|dismiss)$/.exec(path);
    if (dup) {
      const index = duplicates.findIndex((d) => d.id === dup[1]);
      if (index < 0) return json(404, { error: 'not_found' });
      duplicates.splice(index, 1);
      return json(200, { ok: true });
    }
    const m = /^\/api\/cases\/([^/]+)(?:\/(status|notes|referrals|receipt))?$/.exec(path);
    const c = m ? cases.find((x) => x.id === m[1]) : undefined;
    if (!m || !c) return json(404, { error: 'not_found' });
    const etag = `"${c.version}"`;
    if (!m[2] && method === 'GET') return json(200, detail(c), { etag });
    if (m[2] === 'receipt') {
      return json(200, {
        caseNumber: c.caseNumber,
        name: c.record.person.fullName,
        registrationDate: c.record.registrationDate,
        language: c.record.person.languages?.[0] ?? 'en',
        office: {
          name: 'Embassy of the Republic of Indonesia, Phnom Penh',
          address: 'No. 1, Street 466, Phnom Penh',
          phone: '+855 23 000 000',
          hours: 'Monday to Friday, 08:00 to 15:00',
        },
        nextSteps: [
          'Come back with this receipt on the date you are given.',
          'Your travel document is prepared.',
        ],
      });
    }
    if (m[2] === 'status' || (!m[2] && method === 'PUT')) {
      if (request.headers.get('if-match') !== etag)
        return json(412, { error: 'stale', current: detail(c) }, { etag });
      if (m[2] === 'status') {
        const body = (await request.json()) as { to: CaseStatus; note?: string };
        if (!TRANSITIONS[c.record.status].includes(body.to))
          return json(409, { error: 'transition_not_allowed' });
        c.events.push({
          at: new Date().toISOString(),
          type: 'status',
          from: c.record.status,
          to: body.to,
          by: user.name,
          ...(body.note ? { note: body.note } : {}),
        });
        c.record.status = body.to;
      } else {
        c.record = ((await request.json()) as { record: IntakeRecord }).record;
      }
      c.version += 1;
      return json(200, detail(c), { etag: `"${c.version}"` });
    }
    if (m[2] === 'notes') {
      const { text } = (await request.json()) as { text: string };
      const note = { id: `n${c.notes.length + 1}`, at: new Date().toISOString(), by: user.name, text };
      c.notes.push(note);
      return json(201, note);
    }
    if (m[2] === 'referrals') {
      const body = (await request.json()) as { partner: string; service: string; note?: string };
      const partner = PARTNERS.find((p) => p.id === body.partner);
      if (
        !partner ||
        !(partnerSharingAllowed(c.record, partner.name) || partnerSharingAllowed(c.record, partner.id))
      )
        return json(422, { error: 'not_consented' });
      const referral: Referral = {
        id: `r${c.referrals.length + 1}`,
        at: new Date().toISOString(),
        status: 'sent',
        ...body,
      };
      c.referrals.push(referral);
      return json(201, referral);
    }
    return json(405, { error: 'method_not_allowed' });
  }

  return async (request) => {
    if (options.delay) await new Promise((resolve) => setTimeout(resolve, options.delay));
    return answer(request);
  };
}
