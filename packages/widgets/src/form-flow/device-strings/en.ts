/**
 * Strings of what follows a send and of what waits on this device: the confirmation (case number, earlier
 * submissions), the outbox panel (submissions not yet delivered, the discard warning) and the
 * saved forms (drafts, resume codes, a shared device, expiry). They come with the panel, loaded only when something
 * waits, not with the form. English is the source; other locales are typed `DeviceStrings`.
 */
export const en = {
  'flow.sentTitle': 'Your answers have been sent',
  'flow.reference': 'Reference: {id}',
  'flow.handedOver': 'Your answers have been submitted.',
  'flow.startAgain': 'Start a new form',
  'flow.reasons': 'The reasons given:',
  'flow.changeAnswers': 'Change your answers',
  'flow.earlierSubmission': 'An earlier submission from this device',
  'flow.openEarlier': 'Open it to correct it',
  'flow.deleteEarlier': 'Delete it',
  'flow.caseNumber': 'Your case number: {number}',
  'flow.caseNumberHint': 'Show this number, or the code below, at the desk.',
  'flow.caseNumberQr': 'QR code of case number {number}',
  'flow.outbox.title': 'Waiting to be sent from this device: {count}',
  'flow.outbox.since': 'Waiting since {date}.',
  'flow.outbox.lastError': 'Last attempt, {date}: {reason}',
  'flow.outbox.error.network': 'no connection to the server.',
  'flow.outbox.error.server': 'the server could not take it (error {status}).',
  'flow.outbox.error.unreadable': 'it can no longer be read on this device.',
  'flow.outbox.kept':
    'They stay on this device, encrypted, until the server accepts them. They never expire.',
  'flow.outbox.sendNow': 'Send now',
  'flow.outbox.item': 'Submission {n}, saved {date}',
  'flow.outbox.discard': 'Discard submission {n}',
  'flow.outbox.discardTitle': 'Discard submission {n}?',
  'flow.outbox.discardWarning':
    'Submission {n}, saved on this device on {date}, has not reached the team. Discarding it deletes all {answers} of its answers from this device: they can never be sent. This cannot be undone.',
  'flow.outbox.discardYes': 'Yes, discard it',
  'flow.outbox.discardNo': 'No, keep it',
  'flow.drafts.title': 'Forms started on this device: {count}',
  'flow.drafts.hint': 'Each is saved encrypted. No names are shown here: open a form to see its answers.',
  'flow.drafts.item': 'Form {n}, started {date}',
  'flow.drafts.expires': 'Deleted from this device on {date} unless it is continued.',
  'flow.drafts.expiresSoon': 'Will be deleted soon, on {date}: continue it before then to keep it.',
  'flow.drafts.open': 'Continue form {n}',
  'flow.drafts.locked': 'Protected by a resume code.',
  'flow.drafts.code': 'Resume code of form {n}',
  'flow.drafts.openWithCode': 'Open',
  'flow.drafts.wrongCode': 'That code does not open form {n}. Check it and try again.',
  'flow.drafts.next': 'Keep these answers and start a new form',
  'flow.drafts.chooseCode': 'Resume code (4 to 8 digits), so that only you can reopen these answers',
  'flow.drafts.codeRequired': 'On a shared device, choose a resume code of 4 to 8 digits.',
  'flow.drafts.codeInvalid': 'Enter 4 to 8 digits.',
  'flow.drafts.keep': 'Keep and start a new form',
  'flow.drafts.kept': 'Form {n} is saved on this device. This form is now empty for the next person.',
  'flow.shared.label': 'This is a shared device (a desk or a borrowed phone)',
  'flow.shared.hint': 'Saved forms then open only with the resume code their person chose.',
  'flow.expiryWarning': 'These answers will be deleted from this device on {date} unless you continue.',
} as const;

export type DeviceKey = keyof typeof en;
export type DeviceStrings = Record<DeviceKey, string>;
