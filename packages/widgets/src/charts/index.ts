// The chart classes and their types, without registering any tag (`@homeward/widgets/define/bar-chart` does).
export { type BarSort, HwBarChart } from './bar-chart/bar-chart.js';
export type { ExportDetail, ExportFormat } from './shared/chart-element.js';
export type { FigureInput } from './stat-card/figures.js';
export { HwStatCard } from './stat-card/stat-card.js';
export { type Annotation, HwTimeSeries } from './time-series/time-series.js';
