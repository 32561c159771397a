/**
 * What the form shows once something has been sent or waits on this device: the confirmation and earlier
 * submissions, the outbox panel. One lazily loaded module (one chunk of the script-tag bundle, precached by the site's
 * service worker), fetched when the person sends or when the device already holds a submission: a person filling in
 * the form for the first time does not download it before they need it.
 */
export { renderOutbox } from './render-outbox.js';
export { renderDone, renderSubmission } from './render-submission.js';
export { serverIssues } from './server-issues.js';
