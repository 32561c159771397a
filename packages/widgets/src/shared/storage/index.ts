export { type BackoffOptions, backoffDelay, DEFAULT_BACKOFF, retryAfterMs } from './backoff.js';
export { DAY_MS, type DraftInfo, type DraftStoreOptions, EncryptedDraftStore } from './draft-store.js';
export {
  Outbox,
  type OutboxOptions,
  type OutboxState,
  OutboxStateEvent,
  type OutboxStatus,
  type OutboxSubmission,
  outboxStatus,
} from './outbox.js';
