/**
 * The widgets' own interface strings (buttons, statuses, headings), in English. Field and option labels are not
 * here: they come from `@homeward/core`'s label catalogues. `{name}` placeholders take `t()`'s params.
 * This object is the source of truth for the keys: every other locale is typed `UiStrings`, so a missing key is a
 * type error.
 */
export const en = {
  continue: 'Continue',
  back: 'Back',
  send: 'Send',
  change: 'Change',
  discardDraft: 'Discard draft',
  discardDraftConfirm: 'Delete the answers saved on this device? This cannot be undone.',
  draftDiscarded: 'The answers saved on this device were deleted.',
  draftRestored: 'We restored the answers you saved on this device.',
  draftExpiry: 'Answers saved on this device are deleted after {hours} hours.',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  stepOf: 'Step {current} of {total}',
  optional: '(optional)',
  selectPlaceholder: 'Choose an option',
  language: 'Language',
  savedOnDevice: 'Saved on this device',
  queued: 'Saved on this device. It will be sent shortly.',
  sending: 'Sending…',
  waitingToSend: 'Waiting to send. It will be sent automatically when the connection returns.',
  rejected: 'Not accepted by the server. Check the answers and try again.',
  retryNow: 'Try sending now',
  notProvided: 'Not provided',
} as const;

export type UiKey = keyof typeof en;
export type UiStrings = Record<UiKey, string>;
