/**
 * Fictional records in bulk, for tests, demos and benchmarks: deterministic (a seeded PRNG), fast (a million intake
 * records in a few seconds) and shaped like the January 2026 releases from Cambodia's scam compounds: mostly
 * Indonesian, Chinese and Vietnamese citizens, held in Svay Rieng (Bavet), Preah Sihanouk and Phnom Penh, registering
 * mostly between 1 and 18 January 2026. No real person is described; every record passes `validateIntake` /
 * `validateIncident`.
 */

import { yearsBetween } from '../records/dates.js';
import type { IncidentRecord } from '../records/incident.js';
import type { IntakeRecord } from '../records/intake.js';
import { CURRENT_SCHEMA_VERSION } from '../records/intake.js';
import { isMinor } from '../records/rules.js';
import { ageBandOf } from '../reference/age-bands.js';
import type { TriState } from '../reference/ilo-indicators.js';
import {
  type CASE_STATUSES,
  type CHANNELS,
  type DEPARTURE_MODES,
  INCIDENT_OUTCOMES,
  type INCIDENT_TYPES,
  PLATFORMS,
  RECRUITER_RELATIONS,
  type RECRUITMENT_CONSENT,
  RECRUITMENT_METHODS,
  type SCAM_TYPES,
  type SEXES,
  SOURCE_KINDS,
  VERIFICATION_STATUSES,
} from '../reference/vocabularies.js';
import {
  ID_FAMILY,
  ID_GIVEN,
  ID_MONONYMS,
  KM_FAMILY,
  KM_GIVEN,
  KO_FAMILY,
  KO_GIVEN,
  LATIN_PARTS,
  LO_FAMILY,
  LO_GIVEN,
  MM_SYLLABLES,
  TH_FAMILY,
  TH_GIVEN,
  VI_FAMILY,
  VI_GIVEN,
  VI_MIDDLE,
  ZH_GIVEN,
  ZH_SURNAMES,
} from './names.js';

// ---------------------------------------------------------------------------------------------------------------
// Randomness: mulberry32, a tiny 32-bit generator; plenty for fictional data and far faster than crypto.

type Random = () => number;

function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A weighted choice, with the cumulative weights computed once. */
function weighted<T>(entries: readonly (readonly [T, number])[]): (random: Random) => T {
  const values = entries.map(([v]) => v);
  const cumulative: number[] = [];
  let sum = 0;
  for (const [, w] of entries) {
    sum += w;
    cumulative.push(sum);
  }
  return (random) => {
    const x = random() * sum;
    let i = 0;
    while (cumulative[i]! <= x) i++;
    return values[i]!;
  };
}

function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}

function chance(random: Random, p: number): boolean {
  return random() < p;
}

/** A right-skewed positive number with the given median (a log-normal draw). */
function skewed(random: Random, median: number, spread: number): number {
  // Box-Muller; 1 - random() avoids log(0).
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return median * Math.exp(spread * z);
}

// Identifiers and numbers are written into a scratch buffer and made into one string at the end: a flat string, where
// `+` chains would leave trees of cons strings that cost memory on a million records.
const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const scratch = new Uint16Array(96);
let scratchLength = 0;

function put(text: string): void {
  for (let i = 0; i < text.length; i++) scratch[scratchLength++] = text.charCodeAt(i);
}

function putDigits(random: Random, count: number): void {
  for (let i = 0; i < count; i++) scratch[scratchLength++] = 48 + Math.floor(random() * 10);
}

function putHex(random: Random, count: number): void {
  for (let i = 0; i < count; i++) scratch[scratchLength++] = HEX_CODES[Math.floor(random() * 16)]!;
}

function take(): string {
  const text = String.fromCharCode.apply(null, scratch.subarray(0, scratchLength) as unknown as number[]);
  scratchLength = 0;
  return text;
}

function hex(random: Random, count: number): string {
  putHex(random, count);
  return take();
}

/** An RFC 9562 version-4 UUID drawn from the seeded generator (so ids are reproducible too). */
function uuid(random: Random): string {
  putHex(random, 8);
  put('-');
  putHex(random, 4);
  put('-4');
  putHex(random, 3);
  put('-');
  scratch[scratchLength++] = HEX_CODES[8 + Math.floor(random() * 4)]!; // the RFC variant: 8, 9, a or b
  putHex(random, 3);
  put('-');
  putHex(random, 12);
  return take();
}

// ---------------------------------------------------------------------------------------------------------------
// Calendar days as integers (days since 1970-01-01, UTC), printed through a cache: dates are calendar strings.

const DAY = 86_400_000;
/** Printed dates, indexed by day number + offset: an array lookup is far cheaper than formatting a Date. */
const ISO_OFFSET = 40_000;
const isoCache: string[] = [];

function dayOf(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
}

function isoOf(day: number): string {
  const cached = isoCache[day + ISO_OFFSET];
  if (cached !== undefined) return cached;
  const iso = new Date(day * DAY).toISOString().slice(0, 10);
  if (day + ISO_OFFSET >= 0) isoCache[day + ISO_OFFSET] = iso;
  return iso;
}

const PEAK_FROM = dayOf('2026-01-01');
const PEAK_TO = dayOf('2026-01-18');
const EARLY_FROM = dayOf('2025-10-01');
const LATE_TO = dayOf('2026-06-30');

/** Registration (or release) days: most in the 1-18 January 2026 peak, a tail before and a longer one after. */
function eventDay(random: Random): number {
  const x = random();
  if (x < 0.6) return int(random, PEAK_FROM, PEAK_TO);
  if (x < 0.72) return int(random, EARLY_FROM, PEAK_FROM - 1);
  // After the peak, fewer and fewer arrivals: a decaying tail up to the end of June.
  return Math.min(LATE_TO, PEAK_TO + 1 + Math.floor(-Math.log(1 - random()) * 35));
}

// ---------------------------------------------------------------------------------------------------------------
// People: citizenships, names in their own scripts with transliterations, phones, documents.

interface NameParts {
  fullName: string;
  latinName?: string;
}

interface Nationality {
  code: string;
  callingCode: string;
  /** Digits after the calling code in a mobile number. */
  phoneDigits: number;
  mobilePrefix: string;
  name: (random: Random) => NameParts;
  embassy: string;
  languages: string[];
  homeRegions: string[];
}

const ID_REGIONS = [
  'Sumatera Utara',
  'Sumatera Barat',
  'Jawa Barat',
  'Jawa Tengah',
  'Jawa Timur',
  'Kalimantan Barat',
  'Sulawesi Utara',
  'Nusa Tenggara Timur',
  'Nusa Tenggara Barat',
  'Lampung',
  'Riau',
  'Banten',
];

function combine(parts: [string, string][][], separator: string, latinSeparator = ' '): [string, string][] {
  let out: [string, string][] = [['', '']];
  for (const options of parts) {
    out = out.flatMap(([own, latin]) =>
      options.map(([o, l]): [string, string] =>
        own ? [own + separator + o, latin + latinSeparator + l] : [o, l],
      ),
    );
  }
  return out;
}

const HAN_NAMES = combine([ZH_SURNAMES, ZH_GIVEN], '');
const VI_NAMES = combine([VI_FAMILY, VI_MIDDLE, VI_GIVEN], ' ');
const ID_NAMES = combine([ID_GIVEN, ID_FAMILY], ' ').map(([n]) => n);
const ID_SINGLE = ID_MONONYMS.map(([n]) => n);
const TH_NAMES = combine([TH_GIVEN, TH_FAMILY], ' ');
const MM_NAMES = [
  ...combine([MM_SYLLABLES, MM_SYLLABLES], ''),
  ...combine([MM_SYLLABLES, MM_SYLLABLES, MM_SYLLABLES], ''),
];
const KM_NAMES = combine([KM_FAMILY, KM_GIVEN], ' ');
const LO_NAMES = combine([LO_GIVEN, LO_FAMILY], ' ');
const KO_NAMES = combine([KO_FAMILY, KO_GIVEN], '', ' ');

function fromPairs(pairs: [string, string][], latinShare: number) {
  return (random: Random): NameParts => {
    const [own, latin] = pick(random, pairs);
    return chance(random, latinShare) ? { fullName: own, latinName: latin } : { fullName: own };
  };
}

function latinOnly(code: string) {
  const { given, family } = LATIN_PARTS[code]!;
  const names = combine([given, family], ' ').map(([n]) => n);
  return (random: Random): NameParts => ({ fullName: pick(random, names) });
}

function nationality(
  code: string,
  callingCode: string,
  phoneDigits: number,
  mobilePrefix: string,
  name: (random: Random) => NameParts,
  languages: string[],
  homeRegions: string[] = [],
): Nationality {
  return {
    code,
    callingCode,
    phoneDigits,
    mobilePrefix,
    name,
    embassy: `${code.toLowerCase()}-embassy-phnom-penh`,
    languages,
    homeRegions,
  };
}

const NATIONALITIES = {
  ID: nationality(
    'ID',
    '62',
    10,
    '8',
    (random) =>
      // Many Indonesians have a single name (mononym).
      chance(random, 0.25) ? { fullName: pick(random, ID_SINGLE) } : { fullName: pick(random, ID_NAMES) },
    ['id'],
    ID_REGIONS,
  ),
  CN: nationality(
    'CN',
    '86',
    11,
    '1',
    fromPairs(HAN_NAMES, 0.8),
    ['zh'],
    ['Fujian', 'Guangdong', 'Yunnan', 'Sichuan', 'Henan'],
  ),
  TW: nationality('TW', '886', 9, '9', fromPairs(HAN_NAMES, 0.8), ['zh']),
  VN: nationality(
    'VN',
    '84',
    9,
    '9',
    fromPairs(VI_NAMES, 0.4),
    ['vi'],
    ['Nghệ An', 'Hà Tĩnh', 'Thanh Hóa', 'An Giang', 'Tây Ninh'],
  ),
  TH: nationality('TH', '66', 9, '8', fromPairs(TH_NAMES, 0.8), ['th']),
  MM: nationality('MM', '95', 9, '9', fromPairs(MM_NAMES, 0.85), ['my']),
  KH: nationality('KH', '855', 8, '9', fromPairs(KM_NAMES, 0.85), ['km'], ['Kampong Cham', 'Prey Veng']),
  LA: nationality('LA', '856', 10, '20', fromPairs(LO_NAMES, 0.85), ['lo']),
  KR: nationality('KR', '82', 10, '10', fromPairs(KO_NAMES, 0.9), ['ko']),
  PH: nationality('PH', '63', 10, '9', latinOnly('PH'), ['fil', 'en']),
  MY: nationality('MY', '60', 9, '1', latinOnly('MY'), ['ms']),
  IN: nationality('IN', '91', 10, '9', latinOnly('IN'), ['hi', 'en']),
  BD: nationality('BD', '880', 10, '1', latinOnly('BD'), ['bn']),
  LK: nationality('LK', '94', 9, '7', latinOnly('LK'), ['si']),
  KE: nationality('KE', '254', 9, '7', latinOnly('KE'), ['sw', 'en']),
  ET: nationality('ET', '251', 9, '9', latinOnly('ET'), ['am']),
  UG: nationality('UG', '256', 9, '7', latinOnly('UG'), ['en']),
} satisfies Record<string, Nationality>;

type NationalityCode = keyof typeof NATIONALITIES;

const citizenshipOf = weighted<NationalityCode>([
  ['ID', 30],
  ['CN', 20],
  ['VN', 14],
  ['TH', 5],
  ['MM', 5],
  ['PH', 5],
  ['MY', 4],
  ['IN', 3],
  ['LA', 2],
  ['KH', 2],
  ['BD', 2],
  ['TW', 2],
  ['KR', 1],
  ['LK', 1],
  ['KE', 2],
  ['ET', 1],
  ['UG', 1],
]);

function phoneFor(random: Random, n: Nationality): string {
  put('+');
  put(n.callingCode);
  put(n.mobilePrefix);
  putDigits(random, n.phoneDigits - n.mobilePrefix.length);
  return take();
}

function passportNumber(random: Random, n: Nationality): string {
  put(n.code === 'CN' ? 'E' : pick(random, ['A', 'B', 'C', 'P']));
  putDigits(random, n.code === 'CN' ? 8 : 7);
  return take();
}

// ---------------------------------------------------------------------------------------------------------------
// Where and how people were held.

interface Place {
  province: string;
  localities: string[];
  /** Approximate centre, for incident coordinates. */
  lat: number;
  lon: number;
}

const PLACES: Place[] = [
  { province: 'KH-20', localities: ['Bavet', 'Chrak Mtes'], lat: 11.07, lon: 106.13 },
  { province: 'KH-18', localities: ['Sihanoukville', 'Otres', 'Ream'], lat: 10.63, lon: 103.52 },
  { province: 'KH-12', localities: ['Phnom Penh', 'Chak Angre', 'Chbar Ampov'], lat: 11.56, lon: 104.92 },
  { province: 'KH-1', localities: ['Poipet', 'O Smach'], lat: 13.66, lon: 102.56 },
  { province: 'KH-8', localities: ['Ta Khmau', 'Kien Svay'], lat: 11.48, lon: 104.95 },
  { province: 'KH-9', localities: ['Koh Kong', 'Thmor Sar'], lat: 11.61, lon: 102.98 },
  { province: 'KH-24', localities: ['Pailin'], lat: 12.85, lon: 102.61 },
  { province: 'KH-22', localities: ['O Smach', 'Samraong'], lat: 14.18, lon: 103.52 },
  { province: 'KH-17', localities: ['Siem Reap'], lat: 13.36, lon: 103.86 },
  { province: 'KH-2', localities: ['Battambang'], lat: 13.1, lon: 103.2 },
  { province: 'KH-7', localities: ['Kampot', 'Bokor'], lat: 10.61, lon: 104.18 },
  { province: 'KH-25', localities: ['Suong', 'Memot'], lat: 11.9, lon: 105.65 },
];

const placeOf = weighted<Place>([
  [PLACES[0]!, 30],
  [PLACES[1]!, 28],
  [PLACES[2]!, 15],
  [PLACES[3]!, 6],
  [PLACES[4]!, 5],
  [PLACES[5]!, 4],
  [PLACES[6]!, 3],
  [PLACES[7]!, 3],
  [PLACES[8]!, 2],
  [PLACES[9]!, 2],
  [PLACES[10]!, 1],
  [PLACES[11]!, 1],
]);

const COMPOUND_NAMES = [
  'Golden Star Park',
  'Lucky Bay Compound',
  'Blue Lotus Tower',
  'Jade River Resort',
  'Block 7',
  'Silver Moon Casino',
  'Harbour View Building',
];

const PROMISED_JOBS = [
  'Customer service',
  'Operator data entry',
  'Marketing online',
  'Admin kantor',
  'Casino dealer',
  'IT support',
  'Translator',
  '客服',
];

const scamTypeOf = weighted<(typeof SCAM_TYPES)[number]>([
  ['romance', 30],
  ['investment', 25],
  ['crypto', 25],
  ['gambling', 10],
  ['impersonation', 7],
  ['other', 3],
]);
const sexOf = weighted<(typeof SEXES)[number]>([
  ['male', 68],
  ['female', 28],
  ['other', 1],
  ['unknown', 2],
  ['declined', 1],
]);
const channelOf = weighted<(typeof CHANNELS)[number]>([
  ['walk_in', 60],
  ['referral', 15],
  ['hotline', 10],
  ['online', 10],
  ['outreach', 5],
]);
const departureOf = weighted<(typeof DEPARTURE_MODES)[number]>([
  ['released', 62],
  ['escaped', 18],
  ['rescued', 15],
  ['other', 5],
]);
const recruitmentHowOf = weighted<(typeof RECRUITMENT_CONSENT)[number]>([
  ['deceived', 60],
  ['voluntary', 20],
  ['forced', 10],
  ['unknown', 10],
]);
const statusOf = weighted<(typeof CASE_STATUSES)[number]>([
  ['registered', 40],
  ['assessed', 20],
  ['documents_issued', 15],
  ['repatriated', 15],
  ['referred', 5],
  ['closed', 5],
]);
const documentStatusOf = weighted<'held' | 'confiscated' | 'lost' | 'expired'>([
  ['confiscated', 50],
  ['held', 30],
  ['lost', 15],
  ['expired', 5],
]);

/** Wages owed: currency, and the value of one US dollar in it (rough, for realistic magnitudes). */
const owedCurrencyOf = weighted<[string, number]>([
  [['USD', 1], 70],
  [['CNY', 7], 10],
  [['IDR', 16_000], 8],
  [['VND', 25_000], 5],
  [['THB', 35], 4],
  [['KHR', 4_000], 3],
]);

const NGO_OFFICES = ['iom-phnom-penh', 'ngo-bavet-shelter', 'ngo-sihanoukville-desk', 'ngo-poipet-desk'];

// ---------------------------------------------------------------------------------------------------------------
// Intake records.

export interface GeneratedIntakeDataset {
  records: IntakeRecord[];
  /**
   * The deliberate near-duplicates: the same fictional person registered twice (another office, a few days later, the
   * name written in another script or spelling, a birth date replaced by an age...). `first` and `second` are ids.
   */
  duplicates: { first: string; second: string }[];
}

/** One ILO answer: yes with the indicator's share, else mostly no, some unknown, a few declined to answer. */
function answer(random: Random, yes: number): TriState {
  const y = random();
  return y < yes ? 'yes' : y < 0.9 ? 'no' : y < 0.97 ? 'unknown' : 'declined';
}

/**
 * The form asks all eleven indicators (deception and withheld wages are nearly universal here). One object literal:
 * every record shares one shape, which keeps a million of them fast to build and small.
 */
function indicatorsFor(random: Random): NonNullable<IntakeRecord['indicators']> {
  return {
    abuseOfVulnerability: answer(random, 0.45),
    deception: answer(random, 0.85),
    restrictionOfMovement: answer(random, 0.75),
    isolation: answer(random, 0.5),
    physicalSexualViolence: answer(random, 0.3),
    intimidationThreats: answer(random, 0.6),
    retentionOfDocuments: answer(random, 0.55),
    withholdingOfWages: answer(random, 0.7),
    debtBondage: answer(random, 0.35),
    abusiveConditions: answer(random, 0.55),
    excessiveOvertime: answer(random, 0.7),
  };
}

function needsFor(random: Random, departure: string): NonNullable<IntakeRecord['needs']> {
  return {
    returnHome: chance(random, 0.92),
    canTravelIndependently: chance(random, 0.35),
    emergencyTravelDocument: chance(random, 0.45),
    medical: chance(random, departure === 'escaped' ? 0.5 : 0.3),
    psychological: chance(random, 0.35),
    shelter: chance(random, 0.3),
    legal: chance(random, 0.2),
    familyContact: chance(random, 0.5),
  };
}

/** A deep copy of plain JSON data: far cheaper than `structuredClone` for small records. */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key]);
  return out as T;
}

function intakeRecord(random: Random): IntakeRecord {
  const citizen = NATIONALITIES[citizenshipOf(random)];
  const registration = eventDay(random);
  const registrationDate = isoOf(registration);

  // Time line backwards from registration: released a few days before, held for months, recruited weeks before that.
  const end = registration - int(random, 0, 20);
  const heldDays = Math.min(900, Math.max(14, Math.round(skewed(random, 210, 0.6))));
  const start = end - heldDays;
  const recruited = start - int(random, 3, 60);
  const age = Math.min(60, Math.max(15, Math.round(skewed(random, 26, 0.22))));
  // Born within the year up to the `age`-th birthday before registration, so the age is exact without computing it.
  const at = new Date(registration * DAY);
  const anniversary = Date.UTC(at.getUTCFullYear() - age, at.getUTCMonth(), at.getUTCDate()) / DAY;
  const birthDate = isoOf(anniversary - int(random, 0, 364));

  const name = citizen.name(random);
  const person: IntakeRecord['person'] = { fullName: name.fullName, citizenship: [citizen.code] };
  if (name.latinName) person.latinName = name.latinName;
  if (chance(random, 0.01)) person.citizenship.push(citizen.code === 'MY' ? 'CN' : 'MY');
  const sex = sexOf(random);
  if (chance(random, 0.97)) person.sex = sex;
  const ageKind = random();
  if (ageKind < 0.35) {
    person.birthDate = birthDate;
    if (chance(random, 0.5)) person.age = age;
  } else if (ageKind < 0.8) {
    person.age = age;
  } else if (ageKind < 0.92) {
    person.ageBand = ageBandOf(age);
  }
  if (person.age !== undefined && chance(random, 0.3)) person.ageBand = ageBandOf(age);
  if (chance(random, 0.8)) person.languages = [...citizen.languages];
  if (citizen.homeRegions.length && chance(random, 0.5))
    person.homeRegion = pick(random, citizen.homeRegions);
  if (chance(random, 0.7)) person.phones = [phoneFor(random, citizen)];
  if (chance(random, 0.3)) {
    const platform =
      citizen.code === 'CN' ? 'wechat' : pick(random, ['telegram', 'whatsapp', 'line'] as const);
    put('user');
    putDigits(random, 6);
    person.messaging = [{ platform, handle: take() }];
  }

  const record: IntakeRecord = {
    id: uuid(random),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    registrationDate,
    office: chance(random, 0.75) ? citizen.embassy : pick(random, NGO_OFFICES),
    channel: channelOf(random),
    person,
    consent: { store: { given: true, date: registrationDate } },
    status: statusOf(random),
  };

  if (chance(random, 0.85)) {
    const status = documentStatusOf(random);
    record.documents = [
      chance(random, 0.6)
        ? {
            type: 'passport',
            number: passportNumber(random, citizen),
            issuingCountry: citizen.code,
            status,
          }
        : { type: 'passport', issuingCountry: citizen.code, status },
    ];
  }
  if (chance(random, 0.85)) {
    record.recruitment = {
      method: pick(random, RECRUITMENT_METHODS),
      platforms: [pick(random, PLATFORMS)],
      how: recruitmentHowOf(random),
      date: isoOf(recruited),
      recruiterRelation: pick(random, RECRUITER_RELATIONS),
    };
    if (chance(random, 0.7)) record.recruitment.promisedJob = pick(random, PROMISED_JOBS);
    if (chance(random, 0.6)) {
      record.recruitment.promisedWage = {
        amount: 100 * int(random, 4, 15),
        currency: 'USD',
        period: 'month',
      };
    }
  }
  const place = placeOf(random);
  if (chance(random, 0.95)) {
    const types = [scamTypeOf(random)];
    if (chance(random, 0.4)) {
      const other = scamTypeOf(random);
      if (other !== types[0]) types.push(other);
    }
    const elsewhere = random();
    record.exploitation =
      elsewhere < 0.92
        ? { country: 'KH', locality: pick(random, place.localities) }
        : { country: elsewhere < 0.96 ? 'MM' : elsewhere < 0.98 ? 'LA' : 'PH' };
    if (elsewhere < 0.92 && chance(random, 0.9)) record.exploitation.province = place.province;
    if (chance(random, 0.3)) record.exploitation.compoundName = pick(random, COMPOUND_NAMES);
    if (chance(random, 0.85)) record.exploitation.startDate = isoOf(start);
    if (chance(random, 0.9)) record.exploitation.endDate = isoOf(end);
    record.exploitation.scamTypes = types;
  }
  const departure = departureOf(random);
  if (chance(random, 0.9)) record.departure = { how: departure, date: isoOf(end) };
  if (chance(random, 0.85)) record.indicators = indicatorsFor(random);
  if (chance(random, 0.4)) {
    const [currency, rate] = owedCurrencyOf(random);
    const usd = Math.round(skewed(random, 2400, 0.7) / 50) * 50;
    record.wagesOwed = [{ amount: Math.min(1_000_000_000, Math.round(usd * rate)), currency }];
    if (currency !== 'USD' && chance(random, 0.2)) {
      record.wagesOwed.push({ amount: 100 * int(random, 2, 30), currency: 'USD' });
    }
  }
  if (chance(random, 0.9)) record.needs = needsFor(random, departure);

  const consent = record.consent;
  if (chance(random, 0.6)) {
    const given = chance(random, 0.85);
    consent.shareWithPartners = given
      ? { given, date: registrationDate, partners: ['IOM'] }
      : { given, date: registrationDate };
    if (given && chance(random, 0.03))
      consent.shareWithPartners.withdrawnOn = isoOf(registration + int(random, 1, 45));
  }
  if (chance(random, 0.7)) consent.contactLater = { given: chance(random, 0.9), date: registrationDate };
  const research = random();
  if (research < 0.05) {
    consent.research = {
      given: true,
      date: registrationDate,
      withdrawnOn: isoOf(registration + int(random, 1, 60)),
    };
  } else if (research < 0.93) {
    consent.research = { given: true, date: registrationDate };
  } else if (research < 0.97) {
    consent.research = { given: false, date: registrationDate };
  }
  if (chance(random, 0.1)) record.notes = 'Fictional record generated for testing.';
  // Only someone under 22 at intake can have been under 18 when recruited (held at most 30 months): a cheap test first.
  if (age < 22 && isMinor(record)) record.childProtection = true;
  return record;
}

/** Spelling drift between two registrations of one Latin-script name: a doubled letter, a vowel, a dropped h. */
function respell(random: Random, name: string): string {
  const variants: [RegExp, string][] = [
    [/mm/, 'm'],
    [/y/, 'i'],
    [/kh/, 'k'],
    [/u/, 'oe'],
    [/i$/, 'y'],
    [/a$/, 'ah'],
  ];
  for (const [pattern, replacement] of variants) {
    if (pattern.test(name) && chance(random, 0.6)) return name.replace(pattern, replacement);
  }
  // Diacritics dropped by a keyboard without them (Vietnamese), else the clerk's capitals.
  if (!/^[\p{Script=Latin}\s'-]+$/u.test(name)) return name; // other scripts are copied as written
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
  return plain !== name ? plain : name.toUpperCase();
}

/** The same person registering a second time, elsewhere: what people say and how clerks write it drifts. */
function secondRegistration(random: Random, first: IntakeRecord): IntakeRecord {
  const registration = dayOf(first.registrationDate) + int(random, 0, 10);
  const registrationDate = isoOf(registration);
  const p = first.person;
  const person: IntakeRecord['person'] = { fullName: p.fullName, citizenship: [...p.citizenship] };
  const how = random();
  if (p.latinName && how < 0.5)
    person.fullName = p.latinName; // written only in Latin script this time
  else if (p.latinName) person.latinName = p.latinName;
  else person.fullName = respell(random, p.fullName);
  if (p.sex) person.sex = p.sex;
  const age = p.birthDate ? yearsBetween(p.birthDate, registrationDate) : p.age;
  if (p.birthDate && chance(random, 0.5)) person.birthDate = p.birthDate;
  else if (age !== undefined) person.age = age;
  else if (p.ageBand) person.ageBand = p.ageBand;
  if (p.phones && chance(random, 0.5)) person.phones = [...p.phones];

  // A deep copy: the two records must not share nested objects that a caller might edit.
  const record: IntakeRecord = {
    ...copy(first),
    id: uuid(random),
    registrationDate,
    office: first.office.endsWith('embassy-phnom-penh')
      ? pick(random, NGO_OFFICES)
      : `${p.citizenship[0]!.toLowerCase()}-embassy-phnom-penh`,
    channel: channelOf(random),
    person,
    consent: { store: { given: true, date: registrationDate } },
    status: 'registered',
  };
  if (first.consent.research)
    record.consent.research = { given: first.consent.research.given, date: registrationDate };
  const doc = first.documents?.[0];
  if (doc) {
    record.documents = [
      doc.number && chance(random, 0.5)
        ? { ...doc }
        : {
            type: doc.type,
            status: doc.status,
            ...(doc.issuingCountry ? { issuingCountry: doc.issuingCountry } : {}),
          },
    ];
  }
  delete record.notes;
  delete record.childProtection;
  if (isMinor(record)) record.childProtection = true;
  return record;
}

/**
 * `count` fictional intake records and the list of deliberate near-duplicate pairs (about 2% of records are a second
 * registration of an earlier person). The same `(count, seed)` always gives the same records.
 */
export function generateIntakeDataset(count: number, seed = 1): GeneratedIntakeDataset {
  const random = mulberry32(seed);
  // Pushed, not preallocated: V8 keeps a huge `new Array(n)` in slow dictionary mode.
  const records: IntakeRecord[] = [];
  const duplicates: GeneratedIntakeDataset['duplicates'] = [];
  const seconds = new Set<number>();
  for (let i = 0; i < count; i++) {
    if (i > 0 && chance(random, 0.02)) {
      // A recent first registration (not itself a second one), so the pair is near in time as in life.
      let j = i - 1 - Math.floor(random() * Math.min(i, 500));
      while (seconds.has(j) && j > 0) j--;
      if (!seconds.has(j)) {
        const first = records[j]!;
        const second = secondRegistration(random, first);
        records.push(second);
        seconds.add(i);
        duplicates.push({ first: first.id, second: second.id });
        continue;
      }
    }
    records.push(intakeRecord(random));
  }
  return { records, duplicates };
}

/** `count` fictional intake records (see `generateIntakeDataset` for the near-duplicates among them). */
export function generateIntakeRecords(count: number, seed = 1): IntakeRecord[] {
  return generateIntakeDataset(count, seed).records;
}

// ---------------------------------------------------------------------------------------------------------------
// Incident records.

const incidentTypeOf = weighted<(typeof INCIDENT_TYPES)[number]>([
  ['release', 50],
  ['raid', 20],
  ['rescue', 15],
  ['escape', 10],
  ['transfer', 5],
]);
const precisionOf = weighted<'day' | 'week' | 'month'>([
  ['day', 70],
  ['week', 20],
  ['month', 10],
]);
const PUBLISHERS = [
  'Social media (verified by the monitor)',
  'Amnesty International',
  'Local news',
  'Embassy statement',
];
const AFFECTED_CITIZENSHIPS = ['ID', 'CN', 'VN', 'TH', 'MM', 'PH'];

function sourceFor(random: Random, start: number): IncidentRecord['sources'][number] {
  const kind = pick(random, SOURCE_KINDS);
  const status = pick(random, VERIFICATION_STATUSES);
  const source: IncidentRecord['sources'][number] = {
    kind,
    url: `https://example.org/${kind}/${hex(random, 10)}`,
    publisher: pick(random, PUBLISHERS),
    capturedOn: isoOf(start + int(random, 0, 5)),
    verification:
      status === 'verified'
        ? { status, methods: ['source', 'technical', 'content'] }
        : status === 'in_progress'
          ? { status, methods: ['source'] }
          : { status },
  };
  if (chance(random, 0.3)) source.archiveSha256 = hex(random, 64);
  return source;
}

function incidentRecord(random: Random): IncidentRecord {
  const start = eventDay(random);
  const best = Math.max(1, Math.round(skewed(random, 120, 1)));
  const min = Math.max(0, Math.round(best * (0.4 + 0.6 * random())));
  const max = Math.round(best * (1 + 1.5 * random()));
  const place = placeOf(random);
  const location: IncidentRecord['location'] = chance(random, 0.95)
    ? { country: 'KH', province: place.province, locality: pick(random, place.localities) }
    : { country: 'KH' };
  if (location.province && chance(random, 0.5)) {
    location.coordinates = {
      lat: Math.round((place.lat + (random() - 0.5) * 0.1) * 1e4) / 1e4,
      lon: Math.round((place.lon + (random() - 0.5) * 0.1) * 1e4) / 1e4,
      precision: pick(random, ['exact', 'approximate', 'locality'] as const),
    };
  }
  const record: IncidentRecord = {
    id: uuid(random),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    type: incidentTypeOf(random),
    dates: { start: isoOf(start), precision: precisionOf(random) },
    reportedOn: isoOf(start + int(random, 0, 10)),
    location,
    peopleAffected: { min, best, max },
    sources: [sourceFor(random, start)],
  };
  if (chance(random, 0.5)) record.dates.end = isoOf(start + int(random, 0, 3));
  if (chance(random, 0.4)) record.compoundName = pick(random, COMPOUND_NAMES);
  if (chance(random, 0.6)) {
    // Split part of the best estimate by citizenship: never more than the maximum in all.
    let left = best;
    const byCitizenship: { country: string; count: number }[] = [];
    for (const country of AFFECTED_CITIZENSHIPS) {
      if (left === 0 || chance(random, 0.4)) continue;
      const count = int(random, 0, left);
      byCitizenship.push({ country, count });
      left -= count;
    }
    if (byCitizenship.length) record.peopleAffected.byCitizenship = byCitizenship;
  }
  if (chance(random, 0.4)) {
    const male = Math.round(best * 0.7 * random());
    const female = Math.round((best - male) * random());
    record.peopleAffected.bySex = { male, female, unknown: best - male - female };
  }
  if (chance(random, 0.2)) record.peopleAffected.minors = int(random, 0, Math.min(best, 20));
  if (chance(random, 0.7)) record.outcomes = [pick(random, INCIDENT_OUTCOMES)];
  if (chance(random, 0.5)) record.summary = 'Fictional incident generated for testing.';
  const extra = int(random, 0, 3);
  for (let i = 0; i < extra; i++) record.sources.push(sourceFor(random, start));
  return record;
}

/** `count` fictional incident records (compound releases, raids, rescues...); deterministic for a given seed. */
export function generateIncidentRecords(count: number, seed = 1): IncidentRecord[] {
  const random = mulberry32(seed);
  const records: IncidentRecord[] = [];
  for (let i = 0; i < count; i++) records.push(incidentRecord(random));
  return records;
}
