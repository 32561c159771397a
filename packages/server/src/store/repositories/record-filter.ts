/** RecordFilter as SQL conditions over the clear columns and the blind index, shared by list, count and statistics. */
import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { StoreContext } from '../context.js';
import type { Database } from '../schema.js';
import type { RecordFilter, TokenKind } from '../types.js';

type RecordsQuery<O> = SelectQueryBuilder<Database, 'records', O>;

function oneOrMany(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}

export function applyFilter<O>(
  ctx: StoreContext,
  query: RecordsQuery<O>,
  filter: RecordFilter,
): RecordsQuery<O> {
  let q = query;
  if (filter.kind) q = q.where('records.kind', '=', filter.kind);
  if (filter.ids)
    q = filter.ids.length ? q.where('records.id', 'in', filter.ids) : q.where(({ lit }) => lit(false));
  if (filter.caseNumber) q = q.where('records.case_number', '=', filter.caseNumber);
  if (filter.office !== undefined) q = q.where('records.office', 'in', oneOrMany(filter.office));
  if (filter.status !== undefined) q = q.where('records.status', 'in', oneOrMany(filter.status));
  if (filter.citizenship)
    q = q.where('records.citizenships', 'like', `%,${filter.citizenship.replace(/[^A-Za-z]/g, '')},%`);
  if (filter.province) q = q.where('records.province', '=', filter.province);
  if (filter.ageBand) q = q.where('records.age_band', '=', filter.ageBand);
  if (filter.sex) q = q.where('records.sex', '=', filter.sex);
  if (filter.from) q = q.where('records.registration_date', '>=', filter.from);
  if (filter.to) q = q.where('records.registration_date', '<=', filter.to);
  if (filter.minor !== undefined) q = q.where('records.minor', '=', filter.minor ? 1 : 0);
  if (filter.screeningMet !== undefined)
    q = q.where('records.screening_met', '=', filter.screeningMet ? 1 : 0);
  if (filter.possibleDuplicate !== undefined) {
    q = q.where('records.possible_duplicate', '=', filter.possibleDuplicate ? 1 : 0);
  }
  if (filter.retrafficked !== undefined)
    q = q.where('records.retrafficked', '=', filter.retrafficked ? 1 : 0);
  if (filter.excludeMerged !== false) q = q.where('records.merged_into', 'is', null);
  for (const kind of ['name', 'document', 'phone'] as const satisfies TokenKind[]) {
    const value = filter[kind];
    if (value === undefined) continue;
    const token = ctx.index.token(kind, value);
    // A value that normalises to nothing matches nothing (never everything).
    q = token === null ? q.where(({ lit }) => lit(false)) : q.where(tokenMatch(kind, token));
  }
  return q;
}

function tokenMatch(kind: TokenKind, token: string) {
  return (eb: ExpressionBuilder<Database, 'records'>) =>
    eb(
      'records.id',
      'in',
      eb
        .selectFrom('record_tokens')
        .select('record_tokens.record_id')
        .where('record_tokens.kind', '=', kind)
        .where('record_tokens.token', '=', token),
    );
}
