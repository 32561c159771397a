import type { FastifyRequest } from 'fastify';
import type { AuditEntry, Store } from '../store/types.js';

/**
 * Appends to the audit log who did what to which target, when and from where: never a record's contents. A failed
 * audit write fails the request (an unaudited read of a person's record must not happen).
 */
export function audit(
  store: Store,
  request: FastifyRequest,
  action: string,
  target: { type: string; id: string } | null = null,
  detail: AuditEntry['detail'] = null,
  actor = request.principal?.user,
): Promise<AuditEntry> {
  return store.audit.append({
    actorId: actor?.id ?? null,
    actorRole: actor?.role ?? null,
    action,
    targetType: target?.type ?? null,
    targetId: target?.id ?? null,
    ip: request.ip,
    detail,
  });
}
