/**
 * The form flow's own strings, beyond the shared UI strings (shared/localize/ui) and core's labels: repeated items,
 * the discard dialog, the confirmation and configuration problems. English is the source; other locales are typed
 * `FlowStrings`, so a missing key is a type error.
 */
export const en = {
  'flow.discard.title': 'Delete your answers?',
  'flow.discard.yes': 'Yes, delete them',
  'flow.discard.no': 'No, keep them',
  'flow.setupProblem': 'This form is not set up correctly. Please tell the people who run this website:',
  'flow.sectionEmpty': 'No answers in this section',
  'flow.loading': 'Loading your saved answers…',
} as const;

/** The intake form's repeated items, in English: only the intake form's bundle carries them. */
export const enIntakeItems = {
  'flow.messaging.item': 'Messaging account {n}',
  'flow.messaging.add': 'Add another messaging account',
  'flow.messaging.remove': 'Remove messaging account {n}',
  'flow.documents.item': 'Document {n}',
  'flow.documents.add': 'Add another document',
  'flow.documents.remove': 'Remove document {n}',
  'flow.wagesOwed.item': 'Amount owed {n}',
  'flow.wagesOwed.add': 'Add another amount owed',
  'flow.wagesOwed.remove': 'Remove amount owed {n}',
} as const;

/** The incident form's repeated items, in English. */
export const enIncidentItems = {
  'flow.byCitizenship.item': 'Citizenship group {n}',
  'flow.byCitizenship.add': 'Add another citizenship',
  'flow.byCitizenship.remove': 'Remove citizenship group {n}',
  'flow.sources.item': 'Source {n}',
  'flow.sources.add': 'Add another source',
  'flow.sources.remove': 'Remove source {n}',
} as const;

export type FlowKey = keyof typeof en | keyof typeof enIntakeItems | keyof typeof enIncidentItems;
export type FlowStrings = Record<FlowKey, string>;
