export { type CountFields, countBy } from './count.js';
export { DAYS_PER_MONTH, type DurationOptions, monthsHeld, QUARTILES } from './durations.js';
export { ESTIMATES, type EstimateOptions, incidentEstimates } from './estimates.js';
export {
  ageBandAtIntake,
  type CategoricalField,
  INCIDENT_CATEGORIES,
  INCIDENT_DATES,
  INTAKE_CATEGORIES,
  INTAKE_DATES,
  type IncidentCategoryField,
  type IncidentDateField,
  type IntakeCategoryField,
  type IntakeDateField,
  type StatRecord,
  YES_NO,
} from './fields.js';
export { type MoneyOptions, wagesOwed } from './money.js';
export { INTERVALS, type Interval, periodOf, periodStart, periodsBetween } from './periods.js';
export { quantileSorted } from './quantile.js';
export type { StatOptions } from './select.js';
export * from './table.js';
export { type EstimateField, type TimeSeriesOptions, timeSeries } from './time-series.js';
