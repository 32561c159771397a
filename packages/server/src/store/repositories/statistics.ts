/** Counts computed in the database (GROUP BY over clear columns), with SUM(record_key) for the cell key method. */
import { RECORD_KEY_MODULUS } from '@homeward/core';
import { type Expression, sql } from 'kysely';
import type { StoreContext } from '../context.js';
import { newId, nowIso } from '../ids.js';
import type { SnapshotsRepository, StatColumn, StatisticsRepository } from '../types.js';
import { applyFilter } from './record-filter.js';

/** A group's key sum for the cell key method, over record keys reduced to core's modulus (one expression for every query). */
const KEY_SUM = sql<number>`sum(records.record_key % ${sql.lit(RECORD_KEY_MODULUS)})`;

const BOOLEAN_COLUMNS = new Set<StatColumn>(['minor', 'screeningMet', 'possibleDuplicate', 'retrafficked']);

function columnExpression(column: StatColumn): Expression<unknown> {
  switch (column) {
    case 'office':
      return sql.ref('records.office');
    case 'status':
      return sql.ref('records.status');
    case 'registrationDate':
      return sql.ref('records.registration_date');
    case 'registrationMonth':
      return sql`substr(records.registration_date, 1, 7)`;
    case 'registrationYear':
      return sql`substr(records.registration_date, 1, 4)`;
    case 'citizenship':
      return sql.ref('records.citizenship');
    case 'province':
      return sql.ref('records.province');
    case 'ageBand':
      return sql.ref('records.age_band');
    case 'sex':
      return sql.ref('records.sex');
    case 'minor':
      return sql.ref('records.minor');
    case 'screeningMet':
      return sql.ref('records.screening_met');
    case 'possibleDuplicate':
      return sql.ref('records.possible_duplicate');
    case 'retrafficked':
      return sql.ref('records.retrafficked');
  }
}

/** Default cap on groups returned: a ten-year daily series (3,653 days) fits; anything bigger is refused upstream. */
export const DEFAULT_MAX_GROUPS = 5000;

export function statisticsRepository(ctx: StoreContext): StatisticsRepository {
  return {
    async counts({ kind, groupBy, filter = {}, maxGroups = DEFAULT_MAX_GROUPS }) {
      const columns = [...new Set(groupBy)];
      let query = applyFilter(ctx, ctx.db.selectFrom('records'), { ...filter, kind })
        .select((eb) => [
          eb.fn.countAll<number>().as('n'),
          eb.fn.sum<number>('records.record_key').as('key_sum'),
        ])
        .select(columns.map((c, i) => sql`${columnExpression(c)}`.as(`g${i}`)));
      for (const [i] of columns.entries()) query = query.groupBy(sql.ref(`g${i}`));
      for (const [i] of columns.entries()) query = query.orderBy(sql.ref(`g${i}`));
      const rows = (await query.limit(maxGroups).execute()) as Record<string, unknown>[];
      return rows.map((row) => {
        const key: Partial<Record<StatColumn, string | null>> = {};
        columns.forEach((column, i) => {
          const value = row[`g${i}`];
          if (value === null || value === undefined) key[column] = null;
          else if (BOOLEAN_COLUMNS.has(column)) key[column] = Number(value) === 1 ? 'true' : 'false';
          else key[column] = String(value);
        });
        return { key, count: Number(row.n), recordKeySum: Number(row.key_sum ?? 0) };
      });
    },
    async publicationGroups(kind, upTo) {
      const month = sql<string>`substr(records.registration_date, 1, 7)`;
      const rows = await ctx.db
        .selectFrom('records')
        .select((eb) => [
          month.as('month'),
          'office',
          'status',
          'minor',
          'sex',
          'age_band',
          'citizenships',
          'province',
          'research_withdrawn',
          eb.fn.countAll<number>().as('n'),
          KEY_SUM.as('key_sum'),
        ])
        .where('kind', '=', kind)
        .where('merged_into', 'is', null)
        .where('registration_date', '<=', upTo)
        .groupBy([
          month,
          'office',
          'status',
          'minor',
          'sex',
          'age_band',
          'citizenships',
          'province',
          'research_withdrawn',
        ])
        .orderBy(month)
        .execute();
      return rows.map((row) => ({
        month: row.month,
        office: row.office,
        status: row.status,
        minor: Number(row.minor) === 1,
        sex: row.sex,
        ageBand: row.age_band,
        citizenship: row.citizenships.split(',').filter((c) => c.length > 0),
        province: row.province,
        researchWithdrawn: Number(row.research_withdrawn) === 1,
        count: Number(row.n),
        keySum: Number(row.key_sum ?? 0),
      }));
    },
    async publicationDays(kind) {
      const rows = await ctx.db
        .selectFrom('records')
        .select((eb) => [
          'registration_date',
          'research_withdrawn',
          eb.fn.countAll<number>().as('n'),
          KEY_SUM.as('key_sum'),
        ])
        .where('kind', '=', kind)
        .where('merged_into', 'is', null)
        .groupBy(['registration_date', 'research_withdrawn'])
        .orderBy('registration_date')
        .execute();
      return rows.map((row) => ({
        registrationDate: row.registration_date,
        researchWithdrawn: Number(row.research_withdrawn) === 1,
        count: Number(row.n),
        keySum: Number(row.key_sum ?? 0),
      }));
    },
    async incidentGroups(upTo) {
      const month = sql<string>`substr(records.incident_start, 1, 7)`;
      const rows = await ctx.db
        .selectFrom('records')
        .select((eb) => [
          month.as('month'),
          'incident_type',
          'incident_precision',
          'incident_country',
          'province',
          'incident_outcomes',
          eb.fn.countAll<number>().as('n'),
          KEY_SUM.as('key_sum'),
        ])
        .where('kind', '=', 'incident')
        .where('merged_into', 'is', null)
        .where('incident_start', '<=', upTo)
        .groupBy([
          month,
          'incident_type',
          'incident_precision',
          'incident_country',
          'province',
          'incident_outcomes',
        ])
        .orderBy(month)
        .execute();
      return rows.map((row) => ({
        month: row.month,
        type: row.incident_type ?? '',
        precision: row.incident_precision ?? '',
        country: row.incident_country ?? '',
        province: row.province,
        outcomes: row.incident_outcomes.split(',').filter((o) => o.length > 0),
        count: Number(row.n),
        keySum: Number(row.key_sum ?? 0),
      }));
    },
    async incidentDays() {
      const rows = await ctx.db
        .selectFrom('records')
        .select((eb) => [
          'incident_start',
          'people_min',
          'people_best',
          'people_max',
          eb.fn.countAll<number>().as('n'),
          KEY_SUM.as('key_sum'),
        ])
        .where('kind', '=', 'incident')
        .where('merged_into', 'is', null)
        .where('incident_start', 'is not', null)
        .groupBy(['incident_start', 'people_min', 'people_best', 'people_max'])
        .orderBy('incident_start')
        .execute();
      return rows.map((row) => ({
        start: row.incident_start ?? '',
        peopleMin: Number(row.people_min),
        peopleBest: Number(row.people_best),
        peopleMax: Number(row.people_max),
        count: Number(row.n),
        keySum: Number(row.key_sum ?? 0),
      }));
    },
  };
}

export function snapshotsRepository(ctx: StoreContext): SnapshotsRepository {
  return {
    async publish({ name, data, publishedAt }) {
      const row = { id: newId(), name, published_at: publishedAt ?? nowIso(), data: JSON.stringify(data) };
      await ctx.db.insertInto('snapshots').values(row).execute();
      return { id: row.id, name, publishedAt: row.published_at, data };
    },
    async latest(name) {
      const row = await ctx.db
        .selectFrom('snapshots')
        .selectAll()
        .where('name', '=', name)
        .orderBy('published_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst();
      return row
        ? { id: row.id, name: row.name, publishedAt: row.published_at, data: JSON.parse(row.data) }
        : undefined;
    },
    async list(name, limit = 100) {
      let q = ctx.db.selectFrom('snapshots').select(['id', 'name', 'published_at']);
      if (name) q = q.where('name', '=', name);
      const rows = await q.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map((r) => ({ id: r.id, name: r.name, publishedAt: r.published_at }));
    },
  };
}
