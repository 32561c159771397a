export { HwIncidentForm } from './incident-form.js';
export { incidentForm } from './incident-steps.js';
