/**
 * Realistic tables for the charts' tests, stories and benchmark, shaped exactly as core's statistics return them
 * before disclosure control (the charts call core's `suppress` themselves). Figures are fictional but follow the
 * January 2026 reports: 440 Indonesians registered by their embassy in Phnom Penh between 1 and 18 January.
 */
import { ALL, type StatCell, type StatTable } from '@homeward/core';

const cell = (keys: string[], value: number): StatCell => ({ keys, value, suppressed: false });

function oneDimension(
  field: string,
  entries: [string, number][],
  extra: Partial<StatTable> & { interval?: 'day' | 'week' | 'month' } = {},
): StatTable {
  const { interval, ...rest } = extra;
  const total = entries.reduce((sum, [, v]) => sum + v, 0);
  return {
    measure: 'count',
    unit: 'people',
    dimensions: [{ field, values: entries.map(([k]) => k), ...(interval ? { interval } : {}) }],
    cells: entries.map(([k, v]) => cell([k], v)),
    margins: [],
    total: { keys: [ALL], value: total, suppressed: false, includesSuppressed: false },
    denominator: total,
    excluded: [],
    ...rest,
  };
}

/** Registrations per day at the Indonesian embassy, 1 to 18 January 2026: 440 in all, the peak (52) on the 12th. */
export const REGISTRATIONS_PER_DAY = [4, 7, 9, 12, 15, 18, 21, 26, 30, 34, 41, 52, 44, 38, 31, 27, 19, 12];

export function registrationsTable(): StatTable {
  return oneDimension(
    'registrationDate',
    REGISTRATIONS_PER_DAY.map((v, i) => [`2026-01-${String(i + 1).padStart(2, '0')}`, v]),
    {
      interval: 'day',
      window: { from: '2026-01-01', to: '2026-01-18' },
      source: { name: 'Embassy of Indonesia, Phnom Penh', date: '2026-01-18' },
    },
  );
}

/** Incidents (compound releases, raids, transfers) logged by province, most first. */
export function incidentsByProvinceTable(): StatTable {
  return oneDimension(
    'location.province',
    [
      ['KH-20', 31],
      ['KH-18', 24],
      ['KH-12', 17],
      ['KH-9', 12],
      ['KH-3', 6],
      ['KH-1', 4],
      ['KH-24', 2],
    ],
    { unit: 'records', source: { name: 'Homeward incident log', date: '2026-01-20' } },
  );
}

/** People registered by citizenship (ISO 3166-1 codes), most first. */
export function citizenshipTable(): StatTable {
  return oneDimension(
    'person.citizenship',
    [
      ['ID', 440],
      ['CN', 96],
      ['VN', 61],
      ['MM', 23],
      ['TH', 14],
      ['LA', 8],
      ['PH', 5],
    ],
    { source: { name: 'Homeward registrations', date: '2026-01-18' } },
  );
}

/**
 * People answering "yes" to each ILO indicator of forced labour, among 440 registered: a person reports several,
 * so the dimension is multi-valued and the total (people) is less than the sum of the bars.
 */
export function indicatorsTable(): StatTable {
  const table = oneDimension('indicators', [
    ['deception', 389],
    ['withholdingOfWages', 352],
    ['retentionOfDocuments', 301],
    ['restrictionOfMovement', 287],
    ['excessiveOvertime', 264],
    ['intimidationThreats', 198],
    ['isolation', 143],
    ['debtBondage', 97],
    ['physicalSexualViolence', 58],
    ['abuseOfVulnerability', 41],
    ['abusiveConditions', 9],
  ]);
  table.dimensions[0]!.multiValued = true;
  table.total.value = 440;
  table.denominator = 440;
  return table;
}

/** People by province where they were held (rows) and sex (columns), with row and column totals. */
export function provinceBySexTable(): StatTable {
  const rows: [string, number[]][] = [
    ['KH-20', [64, 151]],
    ['KH-18', [41, 96]],
    ['KH-12', [22, 47]],
    ['KH-9', [3, 16]],
  ];
  const sexes = ['female', 'male'];
  const cells = rows.flatMap(([p, values]) => values.map((v, i) => cell([p, sexes[i]!], v)));
  const rowTotals = rows.map(([p, values]) =>
    cell(
      [p, ALL],
      values.reduce((a, b) => a + b, 0),
    ),
  );
  const columnTotals = sexes.map((s, i) =>
    cell(
      [ALL, s],
      rows.reduce((sum, [, v]) => sum + v[i]!, 0),
    ),
  );
  const total = rowTotals.reduce((sum, c) => sum + (c.value ?? 0), 0);
  return {
    measure: 'count',
    unit: 'people',
    dimensions: [
      { field: 'exploitation.province', values: rows.map(([p]) => p) },
      { field: 'person.sex', values: sexes },
    ],
    cells,
    margins: [...rowTotals, ...columnTotals],
    total: { keys: [ALL, ALL], value: total, suppressed: false, includesSuppressed: false },
    denominator: total,
    excluded: [],
  };
}

/** A day series of a whole year (2025), for the benchmark: a wave of releases in the last quarter. */
export function yearOfDaysTable(seed = 1): StatTable {
  let s = seed;
  const random = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  const entries: [string, number][] = [];
  for (let day = 0; day < 365; day++) {
    const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
    entries.push([date, Math.round(random() * 30 + (day > 280 ? 40 : 0))]);
  }
  return oneDimension('registrationDate', entries, { interval: 'day' });
}

/** A bar chart table of 200 categories (offices), for the benchmark. */
export function manyCategoriesTable(count = 200, seed = 1): StatTable {
  let s = seed;
  const random = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  return oneDimension(
    'office',
    Array.from({ length: count }, (_, i): [string, number] => [
      `office-${i + 1}`,
      Math.round(random() * 500),
    ]),
  );
}
