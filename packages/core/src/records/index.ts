export * from './case-number.js';
export * from './catalog.js';
export * from './incident.js';
export * from './intake.js';
export {
  ageAtIntake,
  ageAtRecruitment,
  incidentRuleIssues,
  intakeRuleIssues,
  isMinor,
  type RuleIssue,
} from './rules.js';
export {
  defOf,
  leafKeys,
  type PathStep,
  type SchemaCheck,
  type SchemaDef,
  type SchemaNode,
  type SchemaPath,
  schemaAt,
  unwrapOptional,
} from './schema-walk.js';
