/**
 * The charts' own strings, in English: the source of truth for the keys (every other locale is typed
 * `ChartStrings`, so a missing key is a type error). `{name}` placeholders are filled by `ChartText`; numbers and
 * dates arrive already formatted for the locale. Keys ending in `.one` / `.other` are plural forms chosen with
 * `Intl.PluralRules`; locales without plural forms give both the same text.
 * Category labels (countries, provinces, options) are not here: they come from `@homeward/core`.
 */
export const en = {
  // One sentence of the summary: a head (the title, the period) and its parts.
  sentence: '{head}: {parts}.',
  partSeparator: ', ',
  headWithRange: '{title}, {range}',

  // Dates, for browsers without this locale's date data (Intl is used wherever it has it).
  months: 'January,February,March,April,May,June,July,August,September,October,November,December',
  monthsShort: 'Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec',
  patternDayMonth: '{month} {day}',
  patternDate: '{month} {day}, {year}',
  patternMonthYear: '{month} {year}',
  patternRange: '{from} – {to}',

  loading: 'Loading the data…',
  showTable: 'Show the data as a table',
  hideTable: 'Hide the table',
  downloads: 'Download',
  downloadSvg: 'Image (SVG)',
  downloadPng: 'Image (PNG)',
  downloadCsv: 'Data (CSV)',
  exportFailed: 'The file could not be made in this browser.',
  source: 'Source: {name}',
  sourceDated: 'Source: {name}, {date}',
  legend: 'Key',
  keyboardHint: 'Arrow keys move between the marks; Home and End go to the first and the last.',
  annotations: 'Events',
  annotationOutside: '{date}: {label} (outside the period shown)',
  markValue: '{label}: {value}',
  markSeriesValue: '{label}, {series}: {value}',

  tableCategory: 'Category',
  tablePeriod: 'Period',
  tableCount: 'Count',
  total: 'Total',
  cumulativeTitle: '{title} (running total)',
  weekOf: 'week of {date}',
  perDay: 'Count per day',
  perWeek: 'Count per week',
  perMonth: 'Count per month',
  barTitle: 'Count by category',

  // Disclosure control. A suppressed mark is labelled with `suppressedShort`; the note explains it once.
  suppressedShort: '<{k}',
  suppressedLong: 'fewer than {k}, not shown',
  suppressionNote:
    '<{k}: fewer than {k}, or hidden so that a count under {k} cannot be worked out from the others. Counts this small are never shown, to protect the people counted.',
  perturbationNote:
    'Figures are slightly changed to protect the people counted: a count of {k} or more differs from the true count by at most {change}; a count under {k} is shown as 0 or {k}.',
  suppressionOff: 'Small counts are shown: disclosure control is turned off for this chart.',
  multiValuedNote:
    'A person can be counted under more than one category, so the counts add up to more than the total.',
  totalIncludesHidden: 'The total includes counts that are not shown.',

  // The generated summary.
  totalPart: '{total} in total',
  totalHidden: 'total not shown',
  noCounts: 'no counts yet',
  peakPart: 'peak {value} on {when}',
  peakWeekPart: 'peak {value} in the week of {when}',
  peakMonthPart: 'peak {value} in {when}',
  runningPart: '{value} by {when}',
  largestPart: 'largest: {items}',
  largestItem: '{label} {value}',
  'categories.one': '{n} category',
  'categories.other': '{n} categories',
  'hiddenDays.one': '{n} day not shown ({short})',
  'hiddenDays.other': '{n} days not shown ({short})',
  'hiddenWeeks.one': '{n} week not shown ({short})',
  'hiddenWeeks.other': '{n} weeks not shown ({short})',
  'hiddenMonths.one': '{n} month not shown ({short})',
  'hiddenMonths.other': '{n} months not shown ({short})',
  'hiddenCells.one': '{n} count not shown ({short})',
  'hiddenCells.other': '{n} counts not shown ({short})',

  // Stat card.
  sourcesDisagree: 'Sources disagree: each figure is shown with its source.',
  asOf: 'as of {date}',
  noSource: 'Source not given',

  // Bad data: always shown in place of the chart, never a blank area.
  errorTitle: 'This chart cannot be shown',
  errorMissing: 'There is no data to show.',
  errorNotTable: 'The data is not a statistics table: it needs dimensions and cells.',
  errorDimensions: 'This chart draws tables of {min} to {max} dimensions; this one has {n}.',
  errorCsvLine: 'Line {line} of the file at {url} could not be read as a count.',
  errorUnknownKey: 'A count names a category that is not in the table: “{key}”.',
  errorPeriod: 'A period is not a day, week or month in the expected form: “{key}”.',
  errorNegative: 'A count cannot be negative: the count for “{key}” is below zero.',
  errorNotNumber: 'A count is not a number: the count for “{key}”.',
  errorNoField: 'Records were given without a field to count by: set the “field” attribute.',
  errorRecords: 'The records could not be counted: they are not records of the expected kind.',
  errorFetch: 'The data could not be loaded from {url} ({status}).',
  networkError: 'no connection',
  errorUnreadable: 'The file at {url} could not be read as JSON or as CSV.',
  errorUnknown: 'Something went wrong while drawing this chart.',
} as const;

export type ChartKey = keyof typeof en;
export type ChartStrings = Readonly<Record<ChartKey, string>>;
