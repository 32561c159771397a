/**
 * The form flow's own strings, beyond the shared UI strings (shared/localize/ui) and core's labels: repeated items,
 * the discard dialog, the confirmation and configuration problems. English is the source; other locales are typed
 * `FlowStrings`, so a missing key is a type error.
 */
export const en = {
  'flow.messaging.item': 'Messaging account {n}',
  'flow.messaging.add': 'Add another messaging account',
  'flow.messaging.remove': 'Remove messaging account {n}',
  'flow.documents.item': 'Document {n}',
  'flow.documents.add': 'Add another document',
  'flow.documents.remove': 'Remove document {n}',
  'flow.wagesOwed.item': 'Amount owed {n}',
  'flow.wagesOwed.add': 'Add another amount owed',
  'flow.wagesOwed.remove': 'Remove amount owed {n}',
  'flow.byCitizenship.item': 'Citizenship group {n}',
  'flow.byCitizenship.add': 'Add another citizenship',
  'flow.byCitizenship.remove': 'Remove citizenship group {n}',
  'flow.sources.item': 'Source {n}',
  'flow.sources.add': 'Add another source',
  'flow.sources.remove': 'Remove source {n}',
  'flow.discard.title': 'Delete your answers?',
  'flow.discard.yes': 'Yes, delete them',
  'flow.discard.no': 'No, keep them',
  'flow.sentTitle': 'Your answers have been sent',
  'flow.reference': 'Reference: {id}',
  'flow.handedOver': 'Your answers have been submitted.',
  'flow.startAgain': 'Start a new form',
  'flow.reasons': 'The reasons given:',
  'flow.changeAnswers': 'Change your answers',
  'flow.earlierSubmission': 'An earlier submission from this device',
  'flow.openEarlier': 'Open it to correct it',
  'flow.deleteEarlier': 'Delete it',
  'flow.setupProblem': 'This form is not set up correctly. Please tell the people who run this website:',
  'flow.sectionEmpty': 'No answers in this section',
  'flow.loading': 'Loading your saved answers…',
} as const;

export type FlowKey = keyof typeof en;
export type FlowStrings = Record<FlowKey, string>;
