/**
 * Key rotation: every sealed value opened with the current key and sealed again under the new one, every blind-index
 * token recomputed under the new index key, and the key check value replaced, all in ONE transaction: a crash leaves
 * either the old key or the new key valid, never a mixture.
 */
import type { Kysely } from 'kysely';
import type { StoreContext } from './context.js';
import { BlindIndex } from './crypto/blind-index.js';
import type { DerivedKeys } from './crypto/keys.js';
import { aad, Sealer } from './crypto/sealer.js';
import type { Database } from './schema.js';

export interface RotationCounts {
  records: number;
  versions: number;
  notes: number;
  events: number;
  referrals: number;
  pairs: number;
}

export async function resealAll(ctx: StoreContext, next: DerivedKeys): Promise<RotationCounts> {
  const counts: RotationCounts = { records: 0, versions: 0, notes: 0, events: 0, referrals: 0, pairs: 0 };
  const old = ctx.sealer;
  const sealer = new Sealer(next);
  const index = new BlindIndex(next.indexKey);
  await ctx.db.transaction().execute(async (trx: Kysely<Database>) => {
    const records = await trx.selectFrom('records').select(['id', 'version', 'key_id', 'body']).execute();
    await trx.deleteFrom('record_tokens').execute();
    for (const row of records) {
      const where = aad.record(row.id, Number(row.version));
      const value = old.openJson<unknown>(row.key_id, row.body, where);
      const sealed = sealer.sealJson(value, where);
      await trx
        .updateTable('records')
        .set({ key_id: sealed.keyId, body: sealed.body })
        .where('id', '=', row.id)
        .execute();
      const tokens = index.tokensOf(value);
      if (tokens.length) {
        await trx
          .insertInto('record_tokens')
          .values(tokens.map((t) => ({ kind: t.kind, token: t.token, record_id: row.id })))
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      counts.records++;
    }
    const versions = await trx
      .selectFrom('record_versions')
      .select(['record_id', 'version', 'key_id', 'body'])
      .execute();
    for (const row of versions) {
      const where = aad.record(row.record_id, Number(row.version));
      const sealed = sealer.sealJson(old.openJson<unknown>(row.key_id, row.body, where), where);
      await trx
        .updateTable('record_versions')
        .set({ key_id: sealed.keyId, body: sealed.body })
        .where('record_id', '=', row.record_id)
        .where('version', '=', row.version)
        .execute();
      counts.versions++;
    }
    for (const row of await trx.selectFrom('case_notes').select(['id', 'key_id', 'body']).execute()) {
      const sealed = sealer.sealText(old.openText(row.key_id, row.body, aad.note(row.id)), aad.note(row.id));
      await trx
        .updateTable('case_notes')
        .set({ key_id: sealed.keyId, body: sealed.body })
        .where('id', '=', row.id)
        .execute();
      counts.notes++;
    }
    const events = await trx
      .selectFrom('case_events')
      .select(['id', 'key_id', 'note'])
      .where('note', 'is not', null)
      .execute();
    for (const row of events) {
      if (!row.note || !row.key_id) continue;
      const sealed = sealer.sealText(
        old.openText(row.key_id, row.note, aad.event(row.id)),
        aad.event(row.id),
      );
      await trx
        .updateTable('case_events')
        .set({ key_id: sealed.keyId, note: sealed.body })
        .where('id', '=', row.id)
        .execute();
      counts.events++;
    }
    const referrals = await trx
      .selectFrom('referrals')
      .select(['id', 'key_id', 'note'])
      .where('note', 'is not', null)
      .execute();
    for (const row of referrals) {
      if (!row.note || !row.key_id) continue;
      const sealed = sealer.sealText(
        old.openText(row.key_id, row.note, aad.referral(row.id)),
        aad.referral(row.id),
      );
      await trx
        .updateTable('referrals')
        .set({ key_id: sealed.keyId, note: sealed.body })
        .where('id', '=', row.id)
        .execute();
      counts.referrals++;
    }
    const pairs = await trx
      .selectFrom('duplicate_pairs')
      .select(['id', 'key_id', 'reason'])
      .where('reason', 'is not', null)
      .execute();
    for (const row of pairs) {
      if (!row.reason || !row.key_id) continue;
      const sealed = sealer.sealText(
        old.openText(row.key_id, row.reason, aad.pair(row.id)),
        aad.pair(row.id),
      );
      await trx
        .updateTable('duplicate_pairs')
        .set({ key_id: sealed.keyId, reason: sealed.body })
        .where('id', '=', row.id)
        .execute();
      counts.pairs++;
    }
    for (const [key, value] of [
      ['key_check', next.checkValue],
      ['key_id', next.keyId],
    ] as const) {
      await trx.updateTable('meta').set({ value }).where('key', '=', key).execute();
    }
  });
  return counts;
}
