/** Staff accounts and their sessions. Only password hashes and session id hashes are stored. */
import type { Selectable } from 'kysely';
import type { StoreContext } from '../context.js';
import { newId, nowIso } from '../ids.js';
import type { SessionsTable, UsersTable } from '../schema.js';
import type { Role, Session, SessionsRepository, User, UsersRepository } from '../types.js';

function rowToUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    office: row.office,
    partnerId: row.partner_id,
    passwordHash: row.password_hash,
    failedLogins: Number(row.failed_logins),
    lockedUntil: row.locked_until,
    disabled: Number(row.disabled) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Emails compare case-insensitively: stored and looked up in lower case. */
function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function usersRepository(ctx: StoreContext): UsersRepository {
  const select = () => ctx.db.selectFrom('users').selectAll();
  return {
    async create(input) {
      const at = nowIso();
      const row = {
        id: newId(),
        email: normaliseEmail(input.email),
        name: input.name,
        role: input.role,
        office: input.office ?? null,
        partner_id: input.partnerId ?? null,
        password_hash: input.passwordHash,
        failed_logins: 0,
        locked_until: null,
        disabled: 0,
        created_at: at,
        updated_at: at,
      };
      await ctx.db.insertInto('users').values(row).execute();
      return rowToUser(row);
    },
    async get(id) {
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row ? rowToUser(row) : undefined;
    },
    async getByEmail(email) {
      const row = await select().where('email', '=', normaliseEmail(email)).executeTakeFirst();
      return row ? rowToUser(row) : undefined;
    },
    async list() {
      return (await select().orderBy('email').execute()).map(rowToUser);
    },
    async count(role) {
      let q = ctx.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'));
      if (role) q = q.where('role', '=', role);
      return Number((await q.executeTakeFirstOrThrow()).n);
    },
    async recordFailedLogin(id, lockUntil) {
      const row = await ctx.db
        .updateTable('users')
        .set((eb) => ({
          failed_logins: eb('failed_logins', '+', 1),
          updated_at: nowIso(),
          ...(lockUntil !== undefined ? { locked_until: lockUntil } : {}),
        }))
        .where('id', '=', id)
        .returning('failed_logins')
        .executeTakeFirst();
      return Number(row?.failed_logins ?? 0);
    },
    async resetFailedLogins(id) {
      await ctx.db
        .updateTable('users')
        .set({ failed_logins: 0, locked_until: null, updated_at: nowIso() })
        .where('id', '=', id)
        .execute();
    },
    async setPasswordHash(id, passwordHash) {
      await ctx.db
        .updateTable('users')
        .set({ password_hash: passwordHash, updated_at: nowIso() })
        .where('id', '=', id)
        .execute();
    },
    async setDisabled(id, disabled) {
      await ctx.db
        .updateTable('users')
        .set({ disabled: disabled ? 1 : 0, updated_at: nowIso() })
        .where('id', '=', id)
        .execute();
    },
  };
}

function rowToSession(row: Selectable<SessionsTable>): Session {
  return {
    idHash: row.id_hash,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastSeenAt: row.last_seen_at,
    revokedAt: row.revoked_at,
    ip: row.ip,
  };
}

export function sessionsRepository(ctx: StoreContext): SessionsRepository {
  return {
    async create(session) {
      const row = {
        id_hash: session.idHash,
        user_id: session.userId,
        csrf_token: session.csrfToken,
        created_at: session.createdAt,
        expires_at: session.expiresAt,
        last_seen_at: session.lastSeenAt ?? session.createdAt,
        revoked_at: null,
        ip: session.ip,
      };
      await ctx.db.insertInto('sessions').values(row).execute();
      return rowToSession(row);
    },
    async get(idHash) {
      const row = await ctx.db
        .selectFrom('sessions')
        .selectAll()
        .where('id_hash', '=', idHash)
        .executeTakeFirst();
      return row ? rowToSession(row) : undefined;
    },
    async touch(idHash, lastSeenAt, expiresAt) {
      await ctx.db
        .updateTable('sessions')
        .set({ last_seen_at: lastSeenAt, ...(expiresAt ? { expires_at: expiresAt } : {}) })
        .where('id_hash', '=', idHash)
        .execute();
    },
    async revoke(idHash) {
      await ctx.db
        .updateTable('sessions')
        .set({ revoked_at: nowIso() })
        .where('id_hash', '=', idHash)
        .where('revoked_at', 'is', null)
        .execute();
    },
    async revokeAllForUser(userId) {
      const result = await ctx.db
        .updateTable('sessions')
        .set({ revoked_at: nowIso() })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async deleteExpired(before) {
      const result = await ctx.db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('expires_at', '<', before), eb('revoked_at', '<', before)]))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
