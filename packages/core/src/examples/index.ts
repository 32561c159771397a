/** Fictional example records built from the situations in the January 2026 reports. No real person is described. */
export {
  type GeneratedIntakeDataset,
  generateIncidentRecords,
  generateIntakeDataset,
  generateIntakeRecords,
} from './generate.js';
export { incidentExamples } from './incidents.js';
export { intakeExamples } from './intakes.js';
