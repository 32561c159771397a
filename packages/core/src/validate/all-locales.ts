/**
 * The validators of the package root, with every locale's messages built in, so `validateIntake(x, { locale: 'km' })`
 * answers in Khmer at once in Node and in tools. Forms import the lean `@homeward/core/validate` entry instead
 * (English built in, `loadMessages` for the others), which keeps the four other catalogues out of their bundle.
 */
import { IncidentRecordShape } from '../records/incident.js';
import { IntakeRecordShape } from '../records/intake.js';
import { messagesFor } from './messages/all.js';
import { incidentValidator, intakeValidator } from './validate.js';

export { allMessages, messagesFor } from './messages/all.js';

/** Validates an intake record (see `@homeward/core/validate`), with messages in any of the five locales. */
export const validateIntake = intakeValidator(IntakeRecordShape, messagesFor);

/** Validates an incident record (see `@homeward/core/validate`), with messages in any of the five locales. */
export const validateIncident = incidentValidator(IncidentRecordShape, messagesFor);
