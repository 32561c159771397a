/**
 * fast-check arbitraries of valid records, built from the vocabularies and reference lists (not from examples), so
 * that every combination the schemas allow can turn up: any script in the free-text fields, any country, dates in
 * order, ages that agree, minors flagged.
 */
import fc from 'fast-check';
import { yearsBetween } from '../../src/records/dates.js';
import type { IncidentRecord } from '../../src/records/incident.js';
import type { IntakeRecord } from '../../src/records/intake.js';
import { stripInvisible, text as textField } from '../../src/records/primitives.js';
import { isMinor } from '../../src/records/rules.js';
import { AGE_BANDS, ageBandOf } from '../../src/reference/age-bands.js';
import { CAMBODIA_PROVINCES } from '../../src/reference/cambodia-provinces.js';
import { COUNTRY_CODES, CURRENCY_CODES } from '../../src/reference/codes.generated.js';
import { ILO_INDICATORS, TRI_STATE } from '../../src/reference/ilo-indicators.js';
import * as v from '../../src/reference/vocabularies.js';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const iso = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/**
 * Free text in any script, as the field's own check accepts it: at least one visible character, at most `max` UTF-16
 * code units, without the invisible and control characters text fields refuse (removed, so that the joiners stay).
 */
export const text = (max: number, multiLine = false) => {
  const field = textField(max, { multiLine });
  return fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 40) })
    .map((s) => stripInvisible(s, { multiLine }))
    .filter((s) => field.safeParse(s).success);
};

const oneOf = <T>(values: readonly T[]) => fc.constantFrom(...values);
const someOf = <T>(values: readonly T[]) => fc.uniqueArray(oneOf(values), { maxLength: values.length });
const country = oneOf(COUNTRY_CODES);
const money = fc.double({ min: 0, max: 1_000_000_000, noNaN: true }).map((x) => x + 0); // never -0: JSON has none
const phone = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^\d{6,14}$/))
  .map(([first, rest]) => `+${first}${rest}`);
const languageTag = oneOf([
  'id',
  'jv',
  'min',
  'zh-Hans',
  'zh-Hant-TW',
  'km-KH',
  'th',
  'vi',
  'my',
  'fil',
  'en-GB',
  'sw',
]);
const uuid = fc.uuid({ version: 4 });

/** A province that agrees with `country`: one of Cambodia's 25, or a code with the country's prefix. */
const provinceOf = (countryCode: string) =>
  countryCode === 'KH'
    ? oneOf(CAMBODIA_PROVINCES.map((p) => p.code))
    : fc.stringMatching(/^[A-Z0-9]{1,3}$/).map((suffix) => `${countryCode}-${suffix}`);

const consent = (from: number, to: number) =>
  fc
    .tuple(
      fc.boolean(),
      fc.integer({ min: from, max: to }),
      fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    )
    .map(([given, date, withdrawnAfter]) => ({
      given,
      date: iso(date),
      ...(withdrawnAfter === undefined ? {} : { withdrawnOn: iso(Math.min(date + withdrawnAfter, to)) }),
    }));

/** Registration between 2024 and January 2026; life events ordered between birth and registration. */
export const validIntake: fc.Arbitrary<IntakeRecord> = fc
  .record({
    registered: fc.integer({ min: day('2024-01-01'), max: day('2026-01-31') }),
    ageYears: fc.integer({ min: 0, max: 100 }),
    ageDays: fc.integer({ min: 0, max: 364 }),
    events: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
    ageKnown: fc.boolean(),
    show: fc.record({
      recruitmentDate: fc.boolean(),
      start: fc.boolean(),
      end: fc.boolean(),
      departureDate: fc.boolean(),
      childProtectionFalse: fc.boolean(),
    }),
    exploitationCountry: fc.oneof(fc.constant('KH'), country),
  })
  .chain((p) => {
    const born = p.registered - Math.round(p.ageYears * 365.25) - p.ageDays;
    const [recruited, start, end, left] = p.events
      .map((f) => born + Math.floor(f * (p.registered - born)))
      .sort((a, b) => a - b) as [number, number, number, number];
    const age = yearsBetween(iso(born), iso(p.registered));
    return fc
      .record(
        {
          id: uuid,
          schemaVersion: fc.constant(2 as const),
          registrationDate: fc.constant(iso(p.registered)),
          office: text(100),
          channel: oneOf(v.CHANNELS),
          person: fc.record(
            {
              fullName: text(200),
              latinName: text(200),
              sex: oneOf(v.SEXES),
              // Any of birth date, age and band may be given; the band is drawn freely only when it is all there is.
              ...(p.ageKnown ? { birthDate: fc.constant(iso(born)), age: fc.constant(age) } : {}),
              ageBand: p.ageKnown ? fc.constant(ageBandOf(age)) : oneOf(AGE_BANDS),
              citizenship: fc.uniqueArray(country, { minLength: 1, maxLength: 3 }),
              languages: fc.array(languageTag, { maxLength: 10 }),
              homeRegion: text(100),
              phones: fc.array(phone, { maxLength: 5 }),
              messaging: fc.array(fc.record({ platform: oneOf(v.MESSAGING_PLATFORMS), handle: text(100) }), {
                maxLength: 10,
              }),
            },
            { requiredKeys: ['fullName', 'citizenship'] },
          ),
          documents: fc.array(
            fc.record(
              {
                type: oneOf(v.DOCUMENT_TYPES),
                number: text(50),
                issuingCountry: country,
                status: oneOf(v.DOCUMENT_STATUSES),
              },
              { requiredKeys: ['type', 'status'] },
            ),
            { maxLength: 10 },
          ),
          recruitment: fc.record(
            {
              method: oneOf(v.RECRUITMENT_METHODS),
              platforms: someOf(v.PLATFORMS),
              promisedJob: text(200),
              promisedWage: fc.record({
                amount: money,
                currency: oneOf(CURRENCY_CODES),
                period: oneOf(v.WAGE_PERIODS),
              }),
              how: oneOf(v.RECRUITMENT_CONSENT),
              ...(p.show.recruitmentDate ? { date: fc.constant(iso(recruited)) } : {}),
              recruiterRelation: oneOf(v.RECRUITER_RELATIONS),
            },
            { requiredKeys: [] },
          ),
          exploitation: fc.record(
            {
              country: fc.constant(p.exploitationCountry),
              province: provinceOf(p.exploitationCountry),
              locality: text(100),
              compoundName: text(200),
              ...(p.show.start ? { startDate: fc.constant(iso(start)) } : {}),
              ...(p.show.end ? { endDate: fc.constant(iso(end)) } : {}),
              scamTypes: someOf(v.SCAM_TYPES),
            },
            { requiredKeys: ['country'] },
          ),
          departure: fc.record(
            {
              how: oneOf(v.DEPARTURE_MODES),
              ...(p.show.departureDate ? { date: fc.constant(iso(left)) } : {}),
              incidentId: uuid,
            },
            { requiredKeys: ['how'] },
          ),
          indicators: fc.record(Object.fromEntries(ILO_INDICATORS.map((k) => [k, oneOf(TRI_STATE)])), {
            requiredKeys: [],
          }),
          wagesOwed: fc.array(fc.record({ amount: money, currency: oneOf(CURRENCY_CODES) }), {
            maxLength: 5,
          }),
          needs: fc.record(Object.fromEntries(v.NEEDS.map((k) => [k, fc.boolean()])), { requiredKeys: [] }),
          consent: fc.record(
            {
              store: consent(p.registered - 5, p.registered).map((c) => ({ ...c, given: true })),
              shareWithPartners: fc
                .tuple(consent(p.registered - 5, p.registered), fc.array(text(100), { maxLength: 20 }))
                .map(([c, partners]) => ({ ...c, partners })),
              contactLater: consent(p.registered - 5, p.registered),
              research: consent(p.registered - 5, p.registered),
            },
            { requiredKeys: ['store'] },
          ),
          status: oneOf(v.CASE_STATUSES),
          notes: text(5000, true),
        },
        {
          requiredKeys: [
            'id',
            'schemaVersion',
            'registrationDate',
            'office',
            'channel',
            'person',
            'consent',
            'status',
          ],
        },
      )
      .map((record) => {
        const intake = record as IntakeRecord;
        if (isMinor(intake)) intake.childProtection = true;
        else if (p.show.childProtectionFalse) intake.childProtection = false;
        return intake;
      });
  });

const headcount = fc.integer({ min: 0, max: 1_000_000 });

export const validIncident: fc.Arbitrary<IncidentRecord> = fc
  .record({
    start: fc.integer({ min: day('2020-01-01'), max: day('2026-01-31') }),
    length: fc.integer({ min: 0, max: 30 }),
    estimates: fc.array(headcount, { minLength: 3, maxLength: 3 }).map((xs) => xs.sort((a, b) => a - b)),
    country: fc.oneof(fc.constant('KH'), country),
  })
  .chain(({ start, length, estimates: [min, best, max], country: where }) =>
    fc.record(
      {
        id: uuid,
        schemaVersion: fc.constant(2 as const),
        type: oneOf(v.INCIDENT_TYPES),
        dates: fc.record(
          {
            start: fc.constant(iso(start)),
            end: fc.constant(iso(start + length)),
            precision: oneOf(v.DATE_PRECISIONS),
          },
          { requiredKeys: ['start', 'precision'] },
        ),
        reportedOn: fc.integer({ min: start, max: start + 30 }).map(iso),
        location: fc.record(
          {
            country: fc.constant(where),
            province: provinceOf(where),
            locality: text(100),
            coordinates: fc.record({
              lat: fc.double({ min: -90, max: 90, noNaN: true }).map((x) => x + 0),
              lon: fc.double({ min: -180, max: 180, noNaN: true }).map((x) => x + 0),
              precision: oneOf(v.COORDINATE_PRECISIONS),
            }),
          },
          { requiredKeys: ['country'] },
        ),
        compoundName: text(200),
        allegedOperator: text(200),
        peopleAffected: fc.record(
          {
            min: fc.constant(min!),
            best: fc.constant(best!),
            max: fc.constant(max!),
            byCitizenship: fc.array(
              fc.record({ country, count: fc.integer({ min: 0, max: Math.floor(max! / 50) }) }),
              { maxLength: 10 },
            ),
            bySex: fc.record(
              {
                female: fc.integer({ min: 0, max: Math.floor(max! / 4) }),
                male: fc.integer({ min: 0, max: Math.floor(max! / 4) }),
                other: fc.integer({ min: 0, max: Math.floor(max! / 4) }),
                unknown: fc.integer({ min: 0, max: Math.floor(max! / 4) }),
              },
              { requiredKeys: [] },
            ),
            minors: fc.integer({ min: 0, max: max! }),
          },
          { requiredKeys: ['min', 'best', 'max'] },
        ),
        outcomes: someOf(v.INCIDENT_OUTCOMES),
        summary: text(5000, true),
        sources: fc.array(
          fc.record(
            {
              kind: oneOf(v.SOURCE_KINDS),
              url: fc
                .webUrl({ validSchemes: ['https', 'http'] })
                .filter((u) => u.length <= 2000 && !/\s/.test(u)),
              publisher: text(200),
              capturedOn: fc.integer({ min: start, max: start + 30 }).map(iso),
              archiveSha256: fc.stringMatching(/^[a-f0-9]{64}$/),
              verification: fc.record(
                {
                  status: oneOf(v.VERIFICATION_STATUSES),
                  methods: someOf(v.VERIFICATION_METHODS),
                  notes: text(1000, true),
                },
                { requiredKeys: ['status'] },
              ),
            },
            { requiredKeys: ['kind', 'verification'] },
          ),
          { minLength: 1, maxLength: 5 },
        ),
      },
      { requiredKeys: ['id', 'schemaVersion', 'type', 'dates', 'location', 'peopleAffected', 'sources'] },
    ),
  ) as fc.Arbitrary<IncidentRecord>;
