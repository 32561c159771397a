/**
 * The case search's state, DOM-free: the query, the rows found so far, the total, the cursor of the next page and
 * whether a request is out. A newer search wins over an older one still in flight (its answer is dropped).
 */
import { type CaseQuery, type CaseSort, type CaseSummary, problemMessage } from '../api/contract.js';
import type { StaffSession } from '../session/staff-session.js';

export interface CaseQueryState {
  query: CaseQuery;
  items: CaseSummary[];
  total: number | undefined;
  nextCursor: string | undefined;
  busy: boolean;
  /** The failed answer's status, 0 for no connection. */
  failed: { status: number; message?: string } | undefined;
}

/** The query as the API takes it: empty values left out, so the request says only what was asked. */
export function cleanQuery(query: CaseQuery): CaseQuery {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '' || value === 'false') continue;
    out[key] = typeof value === 'string' ? value.trim() : value;
  }
  return out as CaseQuery;
}

export class CaseQueryModel {
  state: CaseQueryState = {
    query: {},
    items: [],
    total: undefined,
    nextCursor: undefined,
    busy: false,
    failed: undefined,
  };
  #generation = 0;

  constructor(
    private readonly session: () => StaffSession,
    private readonly changed: () => void,
    private readonly pageSize: () => number = () => 25,
  ) {}

  /** A new search: the rows found so far are replaced. */
  search(query: CaseQuery): Promise<void> {
    return this.#load(
      { ...cleanQuery(query), ...(this.state.query.sort ? { sort: this.state.query.sort } : {}) },
      false,
    );
  }

  /** The same search, sorted another way, from its first page. */
  sortBy(sort: CaseSort): Promise<void> {
    return this.#load({ ...this.state.query, sort }, false);
  }

  /** The next page, appended. */
  more(): Promise<void> {
    if (!this.state.nextCursor) return Promise.resolve();
    return this.#load({ ...this.state.query, cursor: this.state.nextCursor }, true);
  }

  forget(): void {
    this.#generation++;
    this.state = {
      query: {},
      items: [],
      total: undefined,
      nextCursor: undefined,
      busy: false,
      failed: undefined,
    };
    this.changed();
  }

  async #load(query: CaseQuery, append: boolean): Promise<void> {
    const generation = ++this.#generation;
    const { cursor: _, ...kept } = query;
    this.#set({
      busy: true,
      failed: undefined,
      query: kept,
      ...(append ? {} : { items: [], total: undefined }),
    });
    const session = this.session();
    try {
      const { data, error, response } = await session.call(() =>
        session.api.GET('/api/cases', { params: { query: { ...query, limit: this.pageSize() } } }),
      );
      if (generation !== this.#generation) return;
      if (!data) {
        this.#set({ busy: false, failed: { status: response.status, ...messageOf(error) } });
        return;
      }
      this.#set({
        busy: false,
        items: append ? [...this.state.items, ...data.items] : data.items,
        total: data.total,
        nextCursor: data.nextCursor,
      });
    } catch {
      if (generation === this.#generation) this.#set({ busy: false, failed: { status: 0 } });
    }
  }

  #set(patch: Partial<CaseQueryState>): void {
    this.state = { ...this.state, ...patch };
    this.changed();
  }
}

function messageOf(error: unknown): { message?: string } {
  const message = problemMessage(error);
  return message ? { message } : {};
}
