/**
 * Core's counting, in a module of its own that charts import on demand: a chart given a ready table (the common
 * case on a public page) never loads the code that counts records, nor the date library behind time series.
 */
export { countBy, timeSeries } from '@homeward/core';
