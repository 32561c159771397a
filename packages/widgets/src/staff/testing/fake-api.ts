/**
 * An in-memory stand-in for the staff API, for stories and element tests only (the end-to-end tests run the real
 * @homeward/server). Its data are core's fictional example records; its rules are the contract's (roles, CSRF,
 * If-Match, consent for referrals), kept small. Returns a `fetch` for `new StaffSession({ fetch })`.
 */
import { type IntakeRecord, nameSkeleton, partnerSharingAllowed, screen } from '@homeward/core';
import { intakeExamples } from '@homeward/core/examples';
import type {
  AuditEntry,
  CaseDetail,
  CaseEvent,
  CaseNote,
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

const partner = (id: string, name: string, services: string[]): Partner => ({
  id,
  name,
  services,
  contact: null,
  createdAt: '2026-01-01T00:00:00Z',
});
export const PARTNERS: Partner[] = [
  partner('vn-embassy', 'Vietnamese embassy', ['shelter', 'legal', 'familyContact']),
  partner('safe-house', 'Safe House Phnom Penh', ['shelter', 'medical', 'psychological']),
  partner('legal-aid', 'Legal Aid Cambodia', ['legal']),
];

/** The server's workflow (packages/server/src/services/workflow.ts). */
const TRANSITIONS: Record<CaseStatus, CaseStatus[]> = {
  registered: ['assessed', 'referred', 'closed'],
  assessed: ['documents_issued', 'referred', 'repatriated', 'closed'],
  documents_issued: ['repatriated', 'referred', 'closed'],
  referred: ['assessed', 'documents_issued', 'repatriated', 'closed'],
  repatriated: ['referred', 'closed'],
  closed: ['registered'],
};

/** The server's 4xx body: its reasons. */
const problem = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
  json(status, { issues: [{ path: [], code, message }], ...extra });

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
  events: CaseEvent[];
  notes: CaseNote[];
  referrals: Referral[];
}

export function fakeCases(): StoredCase[] {
  return intakeExamples.slice(0, CASE_NUMBERS.length).map((record, i) => ({
    id: record.id,
    caseNumber: CASE_NUMBERS[i]!,
    version: 1,
    record: structuredClone(record),
    events: [
      {
        id: `e-${record.id}`,
        caseId: record.id,
        type: 'created',
        from: null,
        to: record.status,
        note: null,
        actorId: 'u1',
        at: `${record.registrationDate}T09:00:00Z`,
      },
    ],
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
  const role = options.role ?? 'registrar';
  const user: StaffUser = {
    id: 'u1',
    name: 'Dewi Lestari',
    email: 'dewi@example.org',
    role,
    office: role === 'admin' || role === 'analyst' || role === 'partner' ? null : 'idn-embassy-phnom-penh',
    ...(role === 'partner' ? { partner: 'vn-embassy' } : {}),
  };
  let signedIn = options.signedIn ?? false;
  const csrfToken = 'fake-csrf-token';
  const cases = fakeCases();
  // The near-duplicate of the first case: the same person registered again two days later, spelled differently.
  const first = cases[0]!;
  const twin: StoredCase = {
    ...structuredClone(first),
    id: '9a0b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    caseNumber: 'PNH-26-00051-2',
    events: [],
  };
  twin.record.id = twin.id;
  twin.record.person = { ...twin.record.person, fullName: 'Rizki', age: 19 };
  twin.record.registrationDate = '2026-01-14';
  cases.push(twin);
  const session = () => ({ user, csrfToken, expiresAt: new Date(Date.now() + 3600e3).toISOString() });
  const duplicates: DuplicatePairView[] = [
    {
      id: 'dup-1',
      status: 'open',
      probability: 0.93,
      explanation: {
        band: 'match',
        weight: 3.71,
        reasons: ['name_spelling', 'birth_age', 'citizenship_same'],
        comparisons: [
          { field: 'name', level: 'spelling', weight: 2.4 },
          { field: 'birth', level: 'age', weight: 0.9 },
          { field: 'sex', level: 'null', weight: 0 },
          { field: 'citizenship', level: 'same', weight: 0.41 },
          { field: 'document', level: 'null', weight: 0 },
          { field: 'phone', level: 'null', weight: 0 },
          { field: 'exploitation', level: 'null', weight: 0 },
        ],
      },
      a: summary(first),
      b: summary(twin),
      createdAt: '2026-01-14T10:00:00Z',
      resolvedAt: null,
    },
  ];
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
    duplicates: duplicates
      .filter((d) => d.status === 'open' && (d.a.id === c.id || d.b.id === c.id))
      .map((d) => ({
        id: d.id,
        aId: d.a.id,
        bId: d.b.id,
        probability: d.probability,
        explanation: d.explanation,
        status: 'open' as const,
        resolvedAt: null,
        createdAt: d.createdAt,
      })),
    allowedTransitions: TRANSITIONS[c.record.status],
  });
  const audit: AuditEntry[] = [];
  const log = (action: string, targetId: string | null) =>
    audit.unshift({
      id: `a${audit.length + 1}`,
      at: new Date().toISOString(),
      actorId: user.id,
      actorRole: user.role,
      action,
      targetType: targetId ? 'case' : null,
      targetId,
      detail: null,
    });
  const event = (c: StoredCase, type: CaseEvent['type'], from: string | null, to: string, note?: string) =>
    c.events.push({
      id: `e${c.events.length + 1}-${c.id}`,
      caseId: c.id,
      type,
      from,
      to,
      note: note ?? null,
      actorId: user.id,
      at: new Date().toISOString(),
    });

  async function answer(request: Request): Promise<Response> {
    const url = new URL(request.url, 'http://fake.invalid');
    const path = url.pathname;
    const method = request.method;
    if (options.failWith) return problem(options.failWith, 'failure', 'The server failed.');
    if (path === '/api/session') {
      if (method === 'POST') {
        if (options.signIn === 'locked')
          return json(423, { issues: [{ path: [], code: 'locked', message: 'Locked.' }], retryAfter: 900 });
        if (options.signIn === 'rate-limited')
          return json(
            429,
            { issues: [{ path: [], code: 'rate_limited', message: 'Slow down.' }] },
            { 'retry-after': '60' },
          );
        const body = (await request.json()) as { email: string; password: string };
        if (body.email !== user.email || body.password !== FAKE_PASSWORD)
          return problem(401, 'invalid_credentials', 'Wrong email or password.');
        signedIn = true;
        return json(200, session());
      }
      if (method === 'DELETE') {
        signedIn = false;
        return new Response(null, { status: 204 });
      }
      return signedIn ? json(200, session()) : problem(401, 'unauthenticated', 'Sign in.');
    }
    if (!signedIn) return problem(401, 'unauthenticated', 'Sign in.');
    if (method !== 'GET' && request.headers.get('x-csrf-token') !== csrfToken)
      return problem(403, 'csrf', 'Missing CSRF token.');
    if (path === '/api/cases') {
      const q = url.searchParams.get('q');
      const number = url.searchParams.get('caseNumber');
      const status = url.searchParams.get('status');
      let found = cases.filter((c) => c !== twin && (!status || c.record.status === status));
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
      items.sort((a, b) => String(a[key]).localeCompare(String(b[key])) * (sort.startsWith('-') ? -1 : 1));
      const limit = Number(url.searchParams.get('limit') ?? 25);
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const page = items.slice(start, start + limit);
      return json(200, {
        items: page,
        total: items.length,
        ...(start + limit < items.length ? { nextCursor: String(start + limit) } : {}),
      });
    }
    if (path === '/api/partners') return json(200, { items: PARTNERS });
    if (path === '/api/audit') {
      if (user.role !== 'admin') return problem(403, 'forbidden', 'Admins only.');
      const target = url.searchParams.get('target');
      const items = audit.filter((a) => !target || a.targetId === target);
      return json(200, { items, total: items.length });
    }
    if (path === '/api/referrals') {
      const items = cases
        .flatMap((c) => c.referrals)
        .filter((r) => user.role !== 'partner' || r.partnerId === user.partner);
      return json(200, { items, total: items.length });
    }
    if (path === '/api/duplicates') {
      const items = duplicates.filter((d) => d.status === (url.searchParams.get('status') ?? 'open'));
      return json(200, { items, total: items.length });
    }
    const dup = /^\/api\/duplicates\/([^/]+)\/(merge|dismiss)$/.exec(path);
    if (dup) {
      const pair = duplicates.find((d) => d.id === dup[1]);
      if (!pair) return problem(404, 'not_found', 'No such pair.');
      if (pair.status !== 'open') return problem(409, 'resolved', `This pair was already ${pair.status}.`);
      const body = (await request.json()) as { keep?: 'a' | 'b'; fields?: Record<string, 'a' | 'b'> };
      if (dup[2] === 'merge') {
        const [kept, other] = body.keep === 'b' ? [twin, first] : [first, twin];
        for (const [field, side] of Object.entries(body.fields ?? {})) {
          const from = (side === 'a' ? first : twin).record as unknown as Record<
            string,
            Record<string, unknown>
          >;
          const into = kept.record as unknown as Record<string, Record<string, unknown>>;
          const [group, name] = field.split('.') as [string, string | undefined];
          if (name) into[group] = { ...into[group], [name]: from[group]?.[name] };
          else into[group] = structuredClone(from[group])!;
        }
        kept.version += 1;
        event(kept, 'merge', other.id, kept.id);
      }
      pair.status = dup[2] === 'merge' ? 'merged' : 'dismissed';
      pair.resolvedAt = new Date().toISOString();
      log(`duplicates.${dup[2]}`, null);
      return json(200, pair);
    }
    const m = /^\/api\/cases\/([^/]+)(?:\/(status|notes|referrals|receipt))?$/.exec(path);
    const c = m ? cases.find((x) => x.id === m[1]) : undefined;
    if (!m || !c) return problem(404, 'not_found', 'No such case.');
    const etag = `"${c.version}"`;
    if (!m[2] && method === 'GET') {
      log('record.read', c.id);
      return json(200, detail(c), { etag });
    }
    if (m[2] === 'receipt') {
      const r = c.record;
      return json(200, {
        caseNumber: c.caseNumber,
        name: r.person.fullName,
        ...(r.person.latinName ? { latinName: r.person.latinName } : {}),
        office: r.office,
        officeContact: 'No. 1, Street 466, Phnom Penh · +855 23 000 000',
        registrationDate: r.registrationDate,
        nextSteps: [
          'keep_this_receipt',
          'bring_case_number',
          ...(r.needs?.emergencyTravelDocument ? ['travel_document_appointment'] : []),
          ...(r.needs?.returnHome ? ['repatriation_contact'] : []),
        ],
      });
    }
    if (m[2] === 'status' || (!m[2] && method === 'PUT')) {
      if (request.headers.get('if-match') !== etag) {
        return problem(412, 'version_conflict', 'Someone saved this case first: here is their version.', {
          current: detail(c),
        });
      }
      if (m[2] === 'status') {
        const body = (await request.json()) as { to: CaseStatus; note?: string };
        if (!TRANSITIONS[c.record.status].includes(body.to))
          return problem(
            409,
            'transition_not_allowed',
            `A ${c.record.status} case cannot become ${body.to}.`,
          );
        event(c, 'status', c.record.status, body.to, body.note);
        c.record.status = body.to;
      } else {
        c.record = ((await request.json()) as { record: IntakeRecord }).record;
      }
      c.version += 1;
      return json(200, detail(c), { etag: `"${c.version}"` });
    }
    if (m[2] === 'notes') {
      const { text } = (await request.json()) as { text: string };
      const note: CaseNote = {
        id: `n${c.notes.length + 1}`,
        caseId: c.id,
        at: new Date().toISOString(),
        authorId: user.id,
        text,
      };
      c.notes.push(note);
      return json(201, note);
    }
    if (m[2] === 'referrals') {
      const body = (await request.json()) as { partner: string; service: string; note?: string };
      const partner = PARTNERS.find((p) => p.id === body.partner);
      if (!partner) return problem(400, 'unknown_partner', 'No such partner.');
      if (!partnerSharingAllowed(c.record, partner.name))
        return problem(
          422,
          'not_consented',
          `The person has not consented to share their record with ${partner.name} (or withdrew consent).`,
        );
      const now = new Date().toISOString();
      const referral: Referral = {
        id: `r${c.referrals.length + 1}`,
        caseId: c.id,
        partnerId: partner.id,
        service: body.service,
        note: body.note ?? null,
        status: 'sent',
        createdAt: now,
        updatedAt: now,
      };
      c.referrals.push(referral);
      event(c, 'referral', null, partner.id);
      return json(201, referral);
    }
    return problem(405, 'method_not_allowed', 'Not here.');
  }

  return async (request) => {
    if (options.delay) await new Promise((resolve) => setTimeout(resolve, options.delay));
    return answer(request);
  };
}
