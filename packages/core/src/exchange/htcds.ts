/**
 * HTCDS, the Human Trafficking Case Data Standard (IOM, github.com/UNMigration/HTCDS): our intake record as an HTCDS
 * case and back where that loses nothing.
 *
 * Field names are the standard's own (prefix + field name, as in its "HTCDS Field Reference"); they live in the field
 * catalogue's `htcds` column. This module holds how values translate and why the other fields have no HTCDS place.
 * Picklist values are the standard's value names: Methods of Control and Recruitment Websites and Apps from the
 * field reference; Gender, Method of Recruitment, Type of Exploitation and Case Status from the standard's XLSForm
 * toolkit (the v1.0+ IOM-aligned lists); `con_Consent` from the same toolkit (the consent context's other field
 * names are only in the standard's spreadsheet).
 *
 * The main gap is the one that matters here: HTCDS has no "forced criminality" or online-scam exploitation type, so
 * work in a scam compound can only be written as `Other`.
 */
import { intakeFields } from '../fields/intake.js';
import type { HtcdsPicklist } from '../fields/types.js';
import { type IntakeFieldPath, intakeFieldCatalog } from '../records/catalog.js';
import { CURRENT_SCHEMA_VERSION, type IntakeRecord } from '../records/intake.js';
import type { TriState } from '../reference/ilo-indicators.js';
import { valueAt } from './columns.js';

/** A value in an HTCDS row: text, a yes/no, or a list (a multi-select picklist). */
export type HTCDSValue = string | boolean | string[];

/** A historic trafficking event (`hte_`): one row per recruitment, transit or exploitation. */
export interface HTCDSEvent {
  hte_Type: 'Recruitment' | 'Transit' | 'Exploitation';
  hte_Date?: string;
  hte_Country?: string;
  hte_State?: string;
  hte_City?: string;
  hte_Description?: string;
}

/** An HTCDS case, by the standard's tables: organisation, person, victim context, events, case, consent. */
export interface HTCDSCase {
  organisation: Record<string, HTCDSValue>;
  person: Record<string, HTCDSValue>;
  victim: Record<string, HTCDSValue>;
  events: HTCDSEvent[];
  case: Record<string, HTCDSValue>;
  consent: Record<string, HTCDSValue>;
  /** The record this case came from: HTCDS has no case identifier of its own (systems use their record ids). */
  source?: { system: 'homeward'; id: string; schemaVersion: number };
}

/** How one of our fields maps to an HTCDS field, both ways. */
export interface HTCDSRule {
  /** Our value as the HTCDS value (undefined: nothing to write). May look at the whole record. */
  to: (value: unknown, record: IntakeRecord) => HTCDSValue | undefined;
  /** The HTCDS value back as ours, where that loses nothing; undefined for values with no single counterpart. */
  from?: (value: HTCDSValue) => unknown;
  /** For `hte_` fields: which event the value belongs to. */
  event?: HTCDSEvent['hte_Type'];
  /** Each of our values has its own HTCDS value and comes back unchanged. */
  lossless: boolean;
  /** Value translation, for the mapping table. */
  values?: Readonly<Record<string, string>>;
  note?: string;
}

const copy = (value: unknown) =>
  typeof value === 'string' || typeof value === 'boolean' ? value : undefined;

function picklist(map: Readonly<Record<string, string>>): Pick<HTCDSRule, 'to' | 'from' | 'values'> {
  const reverse = new Map<string, string[]>();
  for (const [ours, theirs] of Object.entries(map))
    reverse.set(theirs, [...(reverse.get(theirs) ?? []), ours]);
  return {
    values: map,
    to: (value) => (typeof value === 'string' ? map[value] : undefined),
    from: (value) => {
      const ours = typeof value === 'string' ? reverse.get(value) : undefined;
      return ours?.length === 1 ? ours[0] : undefined;
    },
  };
}

function multiPicklist(map: Readonly<Record<string, string>>): Pick<HTCDSRule, 'to' | 'from' | 'values'> {
  const single = picklist(map);
  return {
    values: map,
    to: (value) => {
      if (!Array.isArray(value)) return undefined;
      const out = [...new Set(value.flatMap((v) => (map[v] ? [map[v]!] : [])))];
      return out.length > 0 ? out : undefined;
    },
    from: (value) => {
      const list = Array.isArray(value) ? value : [String(value)];
      const ours = list.map((v) => single.from!(v));
      return ours.every((v) => v !== undefined) ? [...new Set(ours)] : undefined;
    },
  };
}

/** An ILO indicator answered `yes` adds its Methods of Control value; no / unknown / declined have no HTCDS form. */
function methodOfControl(name: string): HTCDSRule {
  return {
    to: (value) => ((value as TriState) === 'yes' ? [name] : undefined),
    from: (value) => (Array.isArray(value) && value.includes(name) ? 'yes' : undefined),
    lossless: false,
    values: { yes: name },
    note: 'Only a "yes" is written: HTCDS Methods of Control is a list of what happened, with no "no", "unknown" or "declined to answer".',
  };
}

/** A picklist rule as the field registry defines it (`htcdsPicklist` in src/fields/intake.ts). */
function fromRegistry(path: keyof typeof intakeFields): HTCDSRule {
  const spec = (intakeFields[path] as { htcdsPicklist?: HtcdsPicklist }).htcdsPicklist;
  if (!spec) throw new Error(`htcds: ${path} has no picklist in the field registry`);
  return { ...picklist(spec.values), lossless: spec.lossless, ...(spec.note ? { note: spec.note } : {}) };
}

/** Value translation for every catalogue field that has an HTCDS field (see `htcds` in records/catalog.ts). */
export const HTCDS_RULES: Partial<Record<IntakeFieldPath, HTCDSRule>> = {
  office: {
    to: copy,
    from: (v) => v,
    lossless: true,
    note: 'The registering office as the organisation holding the case.',
  },
  'person.fullName': {
    to: copy,
    from: (v) => v,
    lossless: true,
    note: 'HTCDS splits names (FirstName, MiddleName, SecondName); we never do (mononyms are common). The whole name is written to FirstName; names read back join the three parts with spaces.',
  },
  'person.sex': fromRegistry('person.sex'),
  'person.birthDate': { to: copy, from: (v) => v, lossless: true },
  'person.citizenship': {
    to: (v) =>
      Array.isArray(v) && v.length > 0 ? v.filter((c): c is string => typeof c === 'string') : undefined,
    from: (v) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : undefined),
    lossless: true,
    note: 'HTCDS v2 `prs_Citizenship` is a multiselect: every citizenship is written (ISO 3166 two-letter codes).',
  },
  'person.homeRegion': {
    to: copy,
    from: (v) => v,
    lossless: true,
    note: 'HTCDS has only a mailing address; the home province or region is written as its state.',
  },
  'person.phones': {
    to: (v) => (Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined),
    from: (v) => (typeof v === 'string' ? [v] : undefined),
    lossless: false,
    note: 'One mobile number: other numbers are not written.',
  },
  'recruitment.method': {
    values: {
      social_media: 'ThroughOnlineSocialNetworks',
      job_site: 'ThroughAnOnlineAdvertisement',
      friend_or_relative:
        'ThroughFriendsOrSocialEvents, or ThroughFamilyOrFamilyEvents when the recruiter was a relative',
      agent: 'Other',
      advertisement: 'Other',
      other: 'Other',
    },
    to: (value, record) => {
      switch (value) {
        case 'social_media':
          return ['ThroughOnlineSocialNetworks'];
        case 'job_site':
          return ['ThroughAnOnlineAdvertisement'];
        case 'friend_or_relative':
          return [
            record.recruitment?.recruiterRelation === 'relative'
              ? 'ThroughFamilyOrFamilyEvents'
              : 'ThroughFriendsOrSocialEvents',
          ];
        case 'agent':
        case 'advertisement':
        case 'other':
          return ['Other'];
        default:
          return undefined;
      }
    },
    from: (value) => {
      const list = Array.isArray(value) ? value : [String(value)];
      if (list.length !== 1) return undefined;
      switch (list[0]) {
        case 'ThroughOnlineSocialNetworks':
          return 'social_media';
        case 'ThroughAnOnlineAdvertisement':
          return 'job_site';
        case 'ThroughFriendsOrSocialEvents':
        case 'ThroughFamilyOrFamilyEvents':
          return 'friend_or_relative';
        case 'Other':
          return 'other';
        default:
          return undefined;
      }
    },
    lossless: false,
    note: 'HTCDS has no agent or broker, nor a print advertisement (written as Other); "unknown" is not written.',
  },
  'recruitment.platforms': {
    ...multiPicklist({
      telegram: 'Telegram',
      whatsapp: 'WhatsApp',
      facebook: 'Facebook',
      tiktok: 'TikTok',
      wechat: 'WeChat',
      line: 'Line',
      instagram: 'Instagram',
      job_site: 'Other',
      other: 'Other',
    }),
    lossless: false,
    note: 'HTCDS lists apps, not job websites: a job site is written as Other.',
  },
  'recruitment.date': { event: 'Recruitment', to: copy, from: (v) => v, lossless: true },
  'exploitation.country': { event: 'Exploitation', to: copy, from: (v) => v, lossless: true },
  'exploitation.province': {
    event: 'Exploitation',
    to: copy,
    from: (v) => v,
    lossless: true,
    note: 'Written as its ISO 3166-2 code (KH-20), which HTCDS leaves as free text.',
  },
  'exploitation.locality': { event: 'Exploitation', to: copy, from: (v) => v, lossless: true },
  'exploitation.startDate': {
    event: 'Exploitation',
    to: copy,
    from: (v) => v,
    lossless: true,
    note: 'The exploitation event is dated by its start; HTCDS events have no end date.',
  },
  'exploitation.scamTypes': {
    to: (v) => (Array.isArray(v) && v.length > 0 ? ['Other'] : undefined),
    lossless: false,
    values: { '(any)': 'Other' },
    note: 'HTCDS has no forced criminality or online-scam type of exploitation: work in a scam compound is written as Other, and which scams (romance, investment, crypto…) is lost.',
  },
  'recruitment.recruiterRelation': {
    ...picklist({
      relative: 'Familial',
      friend: 'Acquainted',
      partner: 'Acquainted',
      agent: 'Acquainted',
      employer: 'Acquainted',
      // v2 spells it so.
      stranger: 'Unaquainted',
    }),
    lossless: false,
    note: 'HTCDS v2 `vic_RelationshipToTrafficker` has three values: friends, partners, agents and employers are all Acquainted; other and unknown are not written.',
  },
  'indicators.deception': methodOfControl('FalsePromises'),
  'indicators.restrictionOfMovement': {
    ...methodOfControl('Other'),
    from: undefined,
    note: 'HTCDS v2 Methods of Control has no restriction of movement: a "yes" is written as Other.',
  },
  'indicators.isolation': {
    ...methodOfControl('Other'),
    from: undefined,
    note: 'HTCDS v2 Methods of Control has no isolation: a "yes" is written as Other.',
  },
  'indicators.intimidationThreats': {
    ...methodOfControl('PhysicalThreats'),
    note: 'HTCDS v2 splits threats (PhysicalThreats, ThreatsLawEnforcement, ThreatensChildrenFamily); a "yes" is written as PhysicalThreats, and read back from any of the three.',
    from: (value) =>
      Array.isArray(value) &&
      value.some((v) => ['PhysicalThreats', 'ThreatsLawEnforcement', 'ThreatensChildrenFamily'].includes(v))
        ? 'yes'
        : undefined,
  },
  'indicators.retentionOfDocuments': methodOfControl('WithholdsDocuments'),
  'indicators.withholdingOfWages': methodOfControl('TakesEarnings'),
  'indicators.debtBondage': methodOfControl('DebtBondage'),
  'indicators.abusiveConditions': {
    ...methodOfControl('WithholdsNecessities'),
    note: 'The closest HTCDS value (food, water, shelter withheld); only a "yes" is written.',
  },
  'indicators.excessiveOvertime': methodOfControl('ExcessiveWorkingHours'),
  'consent.store.given': {
    to: copy,
    from: (v) => (typeof v === 'boolean' ? v : undefined),
    lossless: true,
    note: 'The consent to keep the person’s data; the date of consent has no field in the published toolkit.',
  },
  status: {
    ...picklist({
      registered: 'Active',
      assessed: 'Active',
      documents_issued: 'Active',
      repatriated: 'FollowUp',
      referred: 'ClosedReferred',
      closed: 'Closed',
    }),
    lossless: false,
    note: 'HTCDS has four case statuses; the steps of an open case become Active.',
  },
};

/** Why a catalogue field has no HTCDS field. */
export const HTCDS_GAPS: Partial<Record<IntakeFieldPath, string>> = {
  id: 'HTCDS has no case identifier (systems use their own record ids); `toHTCDS` keeps ours in `source`.',
  schemaVersion: 'Ours only; kept in `source`.',
  registrationDate: 'No case opening or identification date (only an incoming referral date).',
  channel: 'No field for how the person reached the organisation.',
  'person.latinName': 'No transliteration of the name.',
  'person.age':
    'Age at registration has no field; v2 `vic_AgeWhenTrafficked` is the age at recruitment, which the record does not hold as such (not derived, to avoid a guess).',
  'person.ageBand': 'No age band.',
  'person.languages':
    'v2 has `prs_PrimaryLanguage` / `prs_SecondaryLanguage` with ISO 639-2 codes; our BCP 47 tags are not yet converted (three-letter codes such as `min` have no two-letter form), so they are not written.',
  'person.messaging[].platform': 'No messaging accounts.',
  'person.messaging[].handle': 'No messaging accounts.',
  'documents[].type': 'No identity documents (only a withheld-documents method of control).',
  'documents[].number': 'No identity documents.',
  'documents[].issuingCountry': 'No identity documents.',
  'documents[].status':
    'No document status; confiscation is recorded by the retention-of-documents indicator.',
  'recruitment.promisedJob': 'No promised job.',
  'recruitment.promisedWage.amount': 'No wages, promised or owed.',
  'recruitment.promisedWage.currency': 'No wages, promised or owed.',
  'recruitment.promisedWage.period': 'No wages, promised or owed.',
  'recruitment.how': 'No field for whether recruitment was deceptive, voluntary or forced.',
  'exploitation.compoundName': 'No named place of exploitation: the compound is lost.',
  'exploitation.endDate': 'Events have one date: the end of exploitation is lost.',
  'departure.how': 'No event for leaving exploitation (released, escaped, rescued).',
  'departure.date': 'No event for leaving exploitation.',
  'departure.incidentId': 'No link to events outside the case.',
  'indicators.abuseOfVulnerability': 'No Methods of Control value for abuse of vulnerability.',
  'indicators.physicalSexualViolence':
    'HTCDS separates PhysicalAbuse and SexualAbuse; our indicator does not say which, and neither is asserted.',
  'wagesOwed[].amount': 'No wages owed.',
  'wagesOwed[].currency': 'No wages owed.',
  'needs.returnHome': 'Needs belong to v2.0 assessment and support plans, which define no fields.',
  'needs.canTravelIndependently':
    'Needs belong to v2.0 assessment and support plans, which define no fields.',
  'needs.emergencyTravelDocument':
    'Needs belong to v2.0 assessment and support plans, which define no fields.',
  'needs.medical': 'Needs belong to v2.0 assessment and support plans, which define no fields.',
  'needs.psychological': 'Needs belong to v2.0 assessment and support plans, which define no fields.',
  'needs.shelter': 'Needs belong to v2.0 assessment and support plans, which define no fields.',
  'needs.legal': 'Needs belong to v2.0 assessment and support plans, which define no fields.',
  'needs.familyContact': 'Needs belong to v2.0 assessment and support plans, which define no fields.',
  'consent.store.date': 'Consent context field names beyond `con_Consent` are not published.',
  'consent.store.withdrawnOn': 'Consent context field names beyond `con_Consent` are not published.',
  'consent.shareWithPartners.given': 'One consent question only, not one per purpose.',
  'consent.shareWithPartners.date': 'One consent question only, not one per purpose.',
  'consent.shareWithPartners.withdrawnOn': 'One consent question only, not one per purpose.',
  'consent.shareWithPartners.partners': 'One consent question only, not one per purpose.',
  'consent.contactLater.given': 'One consent question only, not one per purpose.',
  'consent.contactLater.date': 'One consent question only, not one per purpose.',
  'consent.contactLater.withdrawnOn': 'One consent question only, not one per purpose.',
  'consent.research.given': 'One consent question only, not one per purpose.',
  'consent.research.date': 'One consent question only, not one per purpose.',
  'consent.research.withdrawnOn': 'One consent question only, not one per purpose.',
  childProtection: 'No minor flag (derivable from the birth date).',
  notes: 'Case comments (v0.2) have no field name in the published reference; notes are not written.',
};

type SectionKey = Exclude<keyof HTCDSCase, 'events' | 'source'>;
const SECTIONS: Record<string, SectionKey> = {
  org: 'organisation',
  prs: 'person',
  vic: 'victim',
  cas: 'case',
  con: 'consent',
};

function sectionOf(field: string): SectionKey | 'events' {
  const prefix = field.slice(0, 3);
  if (prefix === 'hte') return 'events';
  const section = SECTIONS[prefix];
  if (!section) throw new Error(`htcds: unknown prefix in ${field}`);
  return section;
}

const mapped = (Object.entries(intakeFieldCatalog) as [IntakeFieldPath, { htcds?: string }][]).flatMap(
  ([path, meta]) => {
    const rule = HTCDS_RULES[path];
    return meta.htcds && rule ? [{ path, field: meta.htcds, rule, keys: path.split('.') }] : [];
  },
);

/** The record as an HTCDS case. Fields with no HTCDS place are left out (see `HTCDS_GAPS`). */
export function toHTCDS(record: IntakeRecord): HTCDSCase {
  const out: HTCDSCase = {
    organisation: {},
    person: {},
    victim: {},
    events: [],
    case: {},
    consent: {},
    source: { system: 'homeward', id: record.id, schemaVersion: record.schemaVersion },
  };
  const events = new Map<HTCDSEvent['hte_Type'], HTCDSEvent>();
  for (const { field, rule, keys } of mapped) {
    const raw = valueAt(record, keys);
    if (raw === undefined) continue;
    const value = rule.to(raw, record);
    if (value === undefined) continue;
    const section = sectionOf(field);
    if (section === 'events') {
      const type = rule.event!;
      const event = events.get(type) ?? { hte_Type: type };
      events.set(type, event);
      (event as unknown as Record<string, HTCDSValue>)[field] = value;
      continue;
    }
    const target = out[section];
    const previous = target[field];
    // Several of our fields feed one multi-select (the ILO indicators into Methods of Control).
    target[field] =
      Array.isArray(previous) && Array.isArray(value) ? [...new Set([...previous, ...value])] : value;
  }
  out.events = ['Recruitment', 'Transit', 'Exploitation'].flatMap((type) => {
    const event = events.get(type as HTCDSEvent['hte_Type']);
    return event ? [event] : [];
  });
  return out;
}

/** What `fromHTCDS` could carry over from an HTCDS row, and the HTCDS fields it could not map. */
export interface FromHTCDSResult {
  /** What HTCDS says that our record can hold without loss. Not a whole record: merge it, then validate. */
  record: Record<string, unknown>;
  /** HTCDS values with no single counterpart here, left out of `record`. */
  unmapped: { field: string; value: unknown }[];
}

function setAt(target: Record<string, unknown>, keys: readonly string[], value: unknown) {
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

/**
 * An HTCDS case back as the parts of an intake record it determines without loss (names, birth date, citizenship,
 * dates and places of recruitment and exploitation, consent, the methods of control as ILO indicators answered
 * "yes"). Everything else is listed in `unmapped`, never guessed.
 */
export function fromHTCDS(htcds: HTCDSCase): FromHTCDSResult {
  const record: Record<string, unknown> = {};
  const used = new Set<string>();
  const unmapped: FromHTCDSResult['unmapped'] = [];
  const person = { ...htcds.person };
  const name = ['prs_FirstName', 'prs_MiddleName', 'prs_SecondName']
    .map((f) => person[f])
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  if (name.length > 0) person.prs_FirstName = name.join(' ');
  used.add('prs_MiddleName').add('prs_SecondName');
  const methodsUsed = new Set<string>();

  for (const { field, rule, keys } of mapped) {
    if (!rule.from) continue;
    const section = sectionOf(field);
    let value: HTCDSValue | undefined;
    if (section === 'events') {
      value = htcds.events.find((e) => e.hte_Type === rule.event)?.[field as keyof HTCDSEvent];
    } else value = section === 'person' ? person[field] : htcds[section][field];
    if (value === undefined) continue;
    const ours = rule.from(value);
    if (ours === undefined) continue;
    setAt(record, keys, ours);
    if (field === 'vic_MethodsOfControl') methodsUsed.add(String(rule.values?.yes));
    else used.add(section === 'events' ? `${rule.event}.${field}` : field);
  }
  if (Object.keys(record).length > 0 || htcds.source) record.schemaVersion = CURRENT_SCHEMA_VERSION;
  if (htcds.source?.system === 'homeward') record.id = htcds.source.id;

  for (const section of Object.values(SECTIONS)) {
    for (const [field, value] of Object.entries(htcds[section] ?? {})) {
      if (field === 'vic_MethodsOfControl' && Array.isArray(value)) {
        const rest = value.filter((v) => !methodsUsed.has(v));
        if (rest.length > 0) unmapped.push({ field, value: rest });
      } else if (!used.has(field)) unmapped.push({ field, value });
    }
  }
  for (const event of htcds.events) {
    for (const [field, value] of Object.entries(event)) {
      if (field !== 'hte_Type' && !used.has(`${event.hte_Type}.${field}`)) {
        unmapped.push({ field: `${event.hte_Type}.${field}`, value });
      }
    }
  }
  return { record, unmapped };
}
