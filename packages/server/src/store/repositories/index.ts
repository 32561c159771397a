import type { StoreContext } from '../context.js';
import type { StoreRepositories } from '../types.js';
import { sessionsRepository, usersRepository } from './accounts.js';
import { auditRepository } from './audit.js';
import { casesRepository } from './cases.js';
import { duplicateJobsRepository, duplicatePairsRepository } from './duplicates.js';
import { partnersRepository, referralsRepository } from './partners.js';
import { recordsRepository } from './records.js';
import { snapshotsRepository, statisticsRepository } from './statistics.js';

/** Every repository bound to one context (the database, or a transaction of it). */
export function repositories(ctx: StoreContext): StoreRepositories {
  return {
    records: recordsRepository(ctx),
    cases: casesRepository(ctx),
    partners: partnersRepository(ctx),
    referrals: referralsRepository(ctx),
    users: usersRepository(ctx),
    sessions: sessionsRepository(ctx),
    audit: auditRepository(ctx),
    duplicateJobs: duplicateJobsRepository(ctx),
    duplicatePairs: duplicatePairsRepository(ctx),
    statistics: statisticsRepository(ctx),
    snapshots: snapshotsRepository(ctx),
  };
}
