/**
 * A case as the officer works it, DOM-free: loading it (with its ETag), changing its status, adding notes, and the
 * 412 path. When someone else saved first, the server answers 412 with the case as it is now: the model keeps the
 * officer's change (`pending`), the case as they opened it (`before`) and the current one, so the view can show
 * what changed and send the same change again against the new version, instead of losing it.
 */
import { type AuditEntry, type CaseDetail, type Partner, problemMessage } from '../api/contract.js';
import type { StaffSession } from '../session/staff-session.js';

export interface StatusChange {
  to: string;
  note?: string;
}

export interface CaseConflict {
  /** The case when the officer opened it. */
  before: CaseDetail;
  /** The officer's change, kept to be applied again. */
  pending: StatusChange;
}

export type CaseOutcome =
  | { kind: 'status'; status: string }
  | { kind: 'note' }
  | { kind: 'refused'; message?: string }
  | { kind: 'failed'; status: number; message?: string };

export interface CaseModelState {
  detail: CaseDetail | undefined;
  loading: boolean;
  /** The case could not be loaded: 404 (or another office's), or another status; 0 for no connection. */
  loadFailed: number | undefined;
  busy: boolean;
  conflict: CaseConflict | undefined;
  outcome: CaseOutcome | undefined;
  audit: AuditEntry[] | undefined;
  partners: Partner[];
}

const initial = (): CaseModelState => ({
  detail: undefined,
  loading: false,
  loadFailed: undefined,
  busy: false,
  conflict: undefined,
  outcome: undefined,
  audit: undefined,
  partners: [],
});

export class CaseModel {
  state: CaseModelState = initial();
  #generation = 0;

  constructor(
    private readonly session: () => StaffSession,
    private readonly changed: () => void,
  ) {}

  /** Loads the case (and, for admins, its audit trail; the partners, for names). A newer load wins. */
  async load(id: string): Promise<void> {
    const generation = ++this.#generation;
    this.#set({ ...initial(), loading: true });
    const session = this.session();
    try {
      const [found, partners] = await Promise.all([
        session.call(() => session.api.GET('/api/cases/{id}', { params: { path: { id } } })),
        session.call(() => session.api.GET('/api/partners')),
      ]);
      if (generation !== this.#generation) return;
      if (!found.data) {
        this.#set({ loading: false, loadFailed: found.response.status });
        return;
      }
      this.#set({
        loading: false,
        detail: found.data as unknown as CaseDetail,
        partners: (partners.data?.items ?? []) as Partner[],
      });
      if (session.user?.role === 'admin') await this.#loadAudit(id, generation);
    } catch {
      if (generation === this.#generation) this.#set({ loading: false, loadFailed: 0 });
    }
  }

  async #loadAudit(id: string, generation: number): Promise<void> {
    const session = this.session();
    const { data } = await session.call(() =>
      session.api.GET('/api/audit', { params: { query: { target: id, limit: 50 } } }),
    );
    if (generation === this.#generation && data)
      this.#set({ audit: (data.items ?? []) as unknown as AuditEntry[] });
  }

  /** Asks the server to move the case to `to`, against the version on screen. */
  async changeStatus(change: StatusChange): Promise<void> {
    const detail = this.state.detail;
    if (!detail || this.state.busy) return;
    this.#set({ busy: true, outcome: undefined });
    const session = this.session();
    try {
      const { data, error, response } = await session.call(() =>
        session.api.POST('/api/cases/{id}/status', {
          params: { path: { id: detail.id } },
          headers: { 'if-match': `"${detail.version}"` },
          body: { to: change.to, ...(change.note ? { note: change.note } : {}) },
        }),
      );
      if (data) {
        this.#set({
          busy: false,
          detail: data as unknown as CaseDetail,
          conflict: undefined,
          outcome: { kind: 'status', status: change.to },
        });
        return;
      }
      const current = (error as { current?: CaseDetail } | undefined)?.current;
      if (response.status === 412 && current) {
        // Kept from the first conflict: "before" is what the officer saw when they decided.
        const before = this.state.conflict?.before ?? detail;
        this.#set({ busy: false, detail: current, conflict: { before, pending: change } });
        return;
      }
      const message = problemMessage(error);
      this.#set({
        busy: false,
        outcome:
          response.status === 409
            ? { kind: 'refused', ...(message ? { message } : {}) }
            : { kind: 'failed', status: response.status, ...(message ? { message } : {}) },
      });
    } catch {
      this.#set({ busy: false, outcome: { kind: 'failed', status: 0 } });
    }
  }

  /** Sends the kept change again, against the version now on screen. */
  reapply(): Promise<void> {
    const pending = this.state.conflict?.pending;
    return pending ? this.changeStatus(pending) : Promise.resolve();
  }

  discard(): void {
    this.#set({ conflict: undefined });
  }

  async addNote(text: string): Promise<boolean> {
    const detail = this.state.detail;
    if (!detail || this.state.busy) return false;
    this.#set({ busy: true, outcome: undefined });
    const session = this.session();
    try {
      const { error, response } = await session.call(() =>
        session.api.POST('/api/cases/{id}/notes', { params: { path: { id: detail.id } }, body: { text } }),
      );
      if (!response.ok) {
        const message = problemMessage(error);
        this.#set({
          busy: false,
          outcome: { kind: 'failed', status: response.status, ...(message ? { message } : {}) },
        });
        return false;
      }
      const { data } = await session.call(() =>
        session.api.GET('/api/cases/{id}', { params: { path: { id: detail.id } } }),
      );
      this.#set({
        busy: false,
        ...(data ? { detail: data as unknown as CaseDetail } : {}),
        outcome: { kind: 'note' },
      });
      return true;
    } catch {
      this.#set({ busy: false, outcome: { kind: 'failed', status: 0 } });
      return false;
    }
  }

  /** Reloads the case on screen (after a referral, for instance), keeping any conflict. */
  async refresh(): Promise<void> {
    const detail = this.state.detail;
    if (!detail) return;
    const session = this.session();
    const { data } = await session.call(() =>
      session.api.GET('/api/cases/{id}', { params: { path: { id: detail.id } } }),
    );
    if (data && this.state.detail?.id === detail.id) this.#set({ detail: data as unknown as CaseDetail });
  }

  forget(): void {
    this.#generation++;
    this.state = initial();
    this.changed();
  }

  #set(patch: Partial<CaseModelState>): void {
    this.state = { ...this.state, ...patch };
    this.changed();
  }
}
