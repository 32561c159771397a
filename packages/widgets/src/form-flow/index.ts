export type { FieldDef, FieldKind, FormDef, GroupDef, OptionSource, StepDef } from './field-def.js';
export { FormFlowElement, type HwSubmitDetail } from './form-flow-element.js';
export { loadIncidentFlowLabels, loadIntakeFlowLabels } from './strings/index.js';
