/**
 * One-pass key sums and pre-grouped rows: records with precomputed record keys, `tableKeys` (17 runs of the
 * statistic) and groups of records (as a database's GROUP BY gives them) must produce the same table, the same key
 * sums and therefore the same perturbed figures.
 */
import { describe, expect, it } from 'vitest';
import { generateIncidentRecords, generateIntakeRecords } from '../../src/examples/generate.js';
import {
  type CountFields,
  countBy,
  countByGroups,
  countByKeyed,
  INTAKE_CATEGORIES,
  type IntakeCategoryField,
  type IntakeRecord,
  perturb,
  pseudonymKey,
  type RecordGroup,
  recordKeys,
  type StatOptions,
  tableKeys,
  timeSeries,
  timeSeriesGroups,
  timeSeriesKeyed,
} from '../../src/index.js';

const records = generateIntakeRecords(700, 12);
const keys = records.map((_, i) => (i * 40503 + 7) % 65536);
const keyOf = new Map(records.map((r, i) => [r, keys[i]!]));

/** Groups records by what a statistic reads (its fields, the date, research consent), as GROUP BY would. */
function group(
  rs: readonly IntakeRecord[],
  read: (r: IntakeRecord) => unknown[],
): RecordGroup<IntakeRecord>[] {
  const groups = new Map<string, RecordGroup<IntakeRecord>>();
  for (const r of rs) {
    const id = JSON.stringify([
      ...read(r),
      r.registrationDate,
      r.consent.research?.withdrawnOn !== undefined,
    ]);
    const g = groups.get(id);
    if (g) {
      g.count++;
      g.keySum += keyOf.get(r)!;
    } else groups.set(id, { record: r, count: 1, keySum: keyOf.get(r)! });
  }
  return [...groups.values()];
}

const fieldsRead = (fields: readonly IntakeCategoryField[]) => (r: IntakeRecord) =>
  fields.map((f) => INTAKE_CATEGORIES[f].get(r));

const COUNTS: [CountFields<IntakeCategoryField>, StatOptions][] = [
  ['person.sex', {}],
  [['person.citizenship', 'person.sex'], { from: '2025-03-01', to: '2025-09-30' }],
  [['exploitation.province', 'person.ageBand'], {}],
  [['person.ageBand', 'exploitation.scamTypes'], { includeWithdrawnConsent: true }],
];

describe('key sums in one pass and from groups', () => {
  it.each(COUNTS)('countBy %j %j: records, tableKeys and groups agree', (fields, options) => {
    const list = typeof fields === 'string' ? [fields] : [...fields];
    const slow = tableKeys(
      records,
      (rs) => countBy(rs, fields, options),
      (r) => keyOf.get(r)!,
    );
    const fast = countByKeyed(records, fields, options, keys);
    expect(fast.table).toEqual(countBy(records, fields, options));
    expect(fast).toEqual(slow);
    const grouped = countByGroups(group(records, fieldsRead(list)), fields, options);
    expect(grouped).toEqual(fast);
    expect(perturb(grouped.table, grouped.keys)).toEqual(perturb(slow.table, slow.keys));
  });

  it.each([
    { interval: 'month' as const, cumulative: false },
    { interval: 'week' as const, cumulative: true, from: '2025-02-01', to: '2025-11-30' },
  ])('timeSeries %j: records, tableKeys and groups agree', (extra) => {
    const options = { field: 'registrationDate' as const, ...extra };
    const slow = tableKeys(
      records,
      (rs) => timeSeries(rs, options),
      (r) => keyOf.get(r)!,
    );
    const fast = timeSeriesKeyed(records, options, keys);
    expect(fast).toEqual(slow);
    const grouped = timeSeriesGroups(
      group(records, () => []),
      options,
    );
    expect(grouped).toEqual(fast);
    expect(perturb(grouped.table, grouped.keys)).toEqual(perturb(slow.table, slow.keys));
  });

  it('incident estimates: records and tableKeys agree', () => {
    const incidents = generateIncidentRecords(300, 3);
    const ks = incidents.map((_, i) => (i * 7919) % 65536);
    const options = {
      field: 'dates.start' as const,
      interval: 'month' as const,
      sum: 'peopleAffected.best' as const,
    };
    const slow = tableKeys(
      incidents,
      (rs) => timeSeries(rs, options),
      (r) => ks[incidents.indexOf(r)]!,
    );
    expect(timeSeriesKeyed(incidents, options, ks)).toEqual(slow);
  });

  it('refuses keys that do not match the records, and counts that are not whole', () => {
    expect(() => countByKeyed(records, 'person.sex', {}, [1, 2])).toThrow(RangeError);
    expect(() => countByGroups([{ record: records[0]!, count: 1.5, keySum: 0 }], 'person.sex')).toThrow(
      RangeError,
    );
  });

  it("record keys: Node's synchronous HMAC gives the WebCrypto keys", async () => {
    const secret = 'a publication secret of enough bytes';
    const ids = records.slice(0, 200).map((r) => r.id);
    const viaNode = await recordKeys(ids, secret);
    const viaWebCrypto = await recordKeys(ids, await pseudonymKey(secret));
    expect(viaNode).toEqual(viaWebCrypto);
    await expect(recordKeys(ids, 'short')).rejects.toThrow(RangeError);
  });
});
