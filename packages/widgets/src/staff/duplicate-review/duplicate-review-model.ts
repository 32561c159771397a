/**
 * The duplicate review's behaviour, without DOM: the queue of open pairs, which record survives a merge, the
 * confirmation step, the recorded reason, and the server's answers (a 409 or 412 when someone resolved or changed the
 * pair first). The element only renders this state and forwards the officer's actions.
 */
import type { DuplicatePairView } from '../api/contract.js';

export type Side = 'a' | 'b';

/** The rows shown side by side: the summary fields both registrations carry. */
export const PAIR_ROWS = [
  'caseNumber',
  'displayName',
  'latinName',
  'sex',
  'ageBand',
  'citizenship',
  'status',
  'office',
  'registrationDate',
] as const;
export type PairRow = (typeof PAIR_ROWS)[number];

/**
 * The record fields behind each row a merge may take from the other registration (the server's `fields`, top-level
 * groups or fields): age is the birth date, the age given and the age band together. Case number, status, office and
 * registration date belong to the case, not the person: they stay with the record kept.
 */
export const MERGE_FIELDS: Partial<Record<PairRow, readonly string[]>> = {
  displayName: ['person.fullName'],
  latinName: ['person.latinName'],
  sex: ['person.sex'],
  ageBand: ['person.birthDate', 'person.age', 'person.ageBand'],
  citizenship: ['person.citizenship'],
};

export interface AlignedRow {
  row: PairRow;
  a: string;
  b: string;
  differs: boolean;
}

/** The record field (core's field registry path) each row shows, whose value list names its values. */
export const ROW_FIELDS: Partial<Record<PairRow, string>> = {
  sex: 'person.sex',
  ageBand: 'person.ageBand',
  citizenship: 'person.citizenship',
  status: 'status',
  office: 'office',
};

/**
 * One row per summary field, `differs` when both have a value and they are not equal. Values are shown as `name`
 * gives them (the element passes the registry's names in its locale); as plain text by default.
 */
export function alignPair(
  pair: DuplicatePairView,
  name: (row: PairRow, value: unknown) => string = (_row, v) => (Array.isArray(v) ? v.join(', ') : String(v)),
): AlignedRow[] {
  const key = (v: unknown) => (Array.isArray(v) ? v.join(',') : v == null ? '' : String(v));
  return PAIR_ROWS.flatMap((row) => {
    const [a, b] = [pair.a[row], pair.b[row]];
    if (key(a) === '' && key(b) === '') return [];
    const shown = (v: unknown) => (key(v) === '' ? '' : name(row, v));
    return [{ row, a: shown(a), b: shown(b), differs: key(a) !== key(b) && key(a) !== '' && key(b) !== '' }];
  });
}

export type Outcome =
  | { kind: 'merged'; caseNumber: string }
  | { kind: 'dismissed' }
  | { kind: 'conflict'; message?: string }
  | { kind: 'error'; message: string };

export interface ReviewState {
  pairs: DuplicatePairView[];
  index: number;
  keep: Side | undefined;
  reason: string;
  confirming: boolean;
  busy: boolean;
  /** Per row, the side whose value the merged record takes (rows not listed keep the kept record's value). */
  take: Partial<Record<PairRow, Side>>;
  /** A field-level problem before sending (no survivor chosen, no reason). */
  invalid: 'keep' | 'reason' | undefined;
  outcome: Outcome | undefined;
}

/** What the model needs from the API (the element passes the session's typed client). */
export interface ReviewApi {
  resolve(
    id: string,
    action: 'merge' | 'dismiss',
    body: { keep?: Side; fields?: Record<string, Side>; reason: string },
  ): Promise<{ status: number | undefined; message?: string }>;
}

export class DuplicateReviewModel {
  state: ReviewState = DuplicateReviewModel.empty();

  constructor(
    private readonly api: ReviewApi,
    private readonly changed: () => void,
    /** How values are shown (the element's locale); plain text without it. */
    readonly name?: (row: PairRow, value: unknown) => string,
  ) {}

  static empty(): ReviewState {
    return {
      pairs: [],
      index: 0,
      keep: undefined,
      take: {},
      reason: '',
      confirming: false,
      busy: false,
      invalid: undefined,
      outcome: undefined,
    };
  }

  get current(): DuplicatePairView | undefined {
    return this.state.pairs[this.state.index];
  }

  #set(patch: Partial<ReviewState>): void {
    this.state = { ...this.state, ...patch };
    this.changed();
  }

  load(pairs: DuplicatePairView[]): void {
    this.#set({ ...DuplicateReviewModel.empty(), pairs: pairs.filter((p) => p.status === 'open') });
  }

  forget(): void {
    this.#set(DuplicateReviewModel.empty());
  }

  choose(keep: Side): void {
    this.#set({ keep, invalid: undefined, confirming: false });
  }

  /** The rows whose value the officer may take from either registration: those that differ and belong to the person. */
  get choosableRows(): AlignedRow[] {
    const pair = this.current;
    return pair ? alignPair(pair, this.name).filter((r) => r.differs && MERGE_FIELDS[r.row]) : [];
  }

  /** Takes `row`'s value from `side` in the merged record. */
  takeValue(row: PairRow, side: Side): void {
    if (!MERGE_FIELDS[row]) return;
    this.#set({ take: { ...this.state.take, [row]: side }, confirming: false });
  }

  /** The side each row's value comes from: the officer's choice, else the kept record. */
  sideOf(row: PairRow): Side | undefined {
    return this.state.take[row] ?? this.state.keep;
  }

  /** The rows taken from the other registration than the one kept. */
  get takenFromOther(): PairRow[] {
    const { keep } = this.state;
    if (!keep) return [];
    return this.choosableRows.map((r) => r.row).filter((row) => this.sideOf(row) !== keep);
  }

  /** The server's `fields`: every record field of a row taken from the other registration. */
  get mergeFields(): Record<string, Side> {
    const other: Side = this.state.keep === 'a' ? 'b' : 'a';
    return Object.fromEntries(
      this.takenFromOther.flatMap((row) => MERGE_FIELDS[row]!.map((f) => [f, other])),
    );
  }

  setReason(reason: string): void {
    this.#set({
      reason,
      invalid: this.state.invalid === 'reason' && reason.trim() ? undefined : this.state.invalid,
    });
  }

  /** Leaves this pair for later: the next one is shown, this one goes to the end of the queue. */
  skip(): void {
    const { pairs, index } = this.state;
    if (pairs.length === 0) return;
    const rest = [...pairs.slice(0, index), ...pairs.slice(index + 1), pairs[index]!];
    this.#set({ ...DuplicateReviewModel.empty(), pairs: rest, index: Math.min(index, rest.length - 1) });
  }

  /** First step of a merge: checks the choice and the reason, then asks for confirmation. */
  askMerge(): void {
    if (!this.state.keep) this.#set({ invalid: 'keep' });
    else if (!this.state.reason.trim()) this.#set({ invalid: 'reason' });
    else this.#set({ confirming: true, invalid: undefined, outcome: undefined });
  }

  cancelMerge(): void {
    this.#set({ confirming: false });
  }

  async merge(): Promise<void> {
    const pair = this.current;
    const keep = this.state.keep;
    if (!pair || !keep || !this.state.confirming) return;
    const kept = pair[keep];
    const fields = this.mergeFields;
    await this.#resolve(
      pair,
      'merge',
      { keep, ...(Object.keys(fields).length ? { fields } : {}), reason: this.state.reason.trim() },
      {
        kind: 'merged',
        caseNumber: kept.caseNumber ?? kept.id,
      },
    );
  }

  async dismiss(): Promise<void> {
    const pair = this.current;
    if (!pair) return;
    if (!this.state.reason.trim()) {
      this.#set({ invalid: 'reason' });
      return;
    }
    await this.#resolve(pair, 'dismiss', { reason: this.state.reason.trim() }, { kind: 'dismissed' });
  }

  async #resolve(
    pair: DuplicatePairView,
    action: 'merge' | 'dismiss',
    body: { keep?: Side; fields?: Record<string, Side>; reason: string },
    done: Outcome,
  ): Promise<void> {
    this.#set({ busy: true, outcome: undefined });
    let answer: { status: number | undefined; message?: string };
    try {
      answer = await this.api.resolve(pair.id, action, body);
    } catch {
      answer = { status: undefined };
    }
    if (answer.status !== undefined && answer.status >= 200 && answer.status < 300) {
      const pairs = this.state.pairs.filter((p) => p.id !== pair.id);
      this.#set({
        ...DuplicateReviewModel.empty(),
        pairs,
        index: Math.min(this.state.index, Math.max(pairs.length - 1, 0)),
        outcome: done,
      });
      return;
    }
    const outcome: Outcome =
      answer.status === 409 || answer.status === 412
        ? { kind: 'conflict', message: answer.message }
        : { kind: 'error', message: answer.message ?? '' };
    this.#set({ busy: false, confirming: false, outcome });
  }
}
