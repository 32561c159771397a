/**
 * Disclosure control for statistics tables: small counts hidden (primary suppression), further entries hidden so
 * that no hidden count can be worked out from what is shown (complementary suppression), optional rounding.
 */
import { ALL, type StatCell, type StatTable } from '../stats/table.js';

/** How `suppress` hides small counts: the smallest count shown, rounding, and how zeros are treated. */
export interface SuppressOptions {
  /** Smallest count that may be shown: 11 by default, as the CTDC public dataset. */
  k?: number;
  /** Round every shown count (and `n`) to a multiple of this base, e.g. 5 or 10. */
  roundTo?: number;
  /**
   * Zero counts are below k, so they are suppressed too by default: a zero can disclose as much as a one ("nobody
   * from X refused"). `'show'` keeps zeros visible, for structural zeros that reveal nothing.
   */
  zeros?: 'suppress' | 'show';
}

/** The smallest count published by default (11): as the CTDC public dataset. */
export const DEFAULT_K = 11;

interface Entry {
  /** The count behind the entry: `n` for sums, quantiles and estimates, the value itself for counts. */
  weight: number;
  /** False for an entry already hidden in the input: its weight is not known (taken as 0). */
  known: boolean;
  hidden: boolean;
  /** Entries describing the same records (q1, median and q3 of one group) are hidden together. */
  group: number;
}

/**
 * A stated sum: `members` add up to `sum` (cells to a margin, margins to the total, total and exclusions to the
 * denominator). `fixed` members are never hidden to protect another member of this line.
 */
interface Line {
  members: number[];
  sum: number;
  fixed?: number[];
}

const keyOf = (keys: readonly string[]) => keys.join('\u0000');

function weightOf(table: StatTable, cell: StatCell): number {
  const weight = table.measure === 'count' ? cell.value : cell.n;
  // An entry hidden by an earlier pass has no known weight: count it as nothing, which only ever hides more.
  return typeof weight === 'number' && Number.isFinite(weight) ? weight : 0;
}

function checkOptions(k: number, roundTo: number | undefined) {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number ≥ 1, not ${k}`);
  if (roundTo !== undefined && !(Number.isInteger(roundTo) && roundTo >= 1)) {
    throw new RangeError(`roundTo must be a whole number ≥ 1, not ${roundTo}`);
  }
}

/** Entries of the table in a fixed order: cells, margins, total, exclusions, denominator. */
class Entries {
  readonly list: Entry[] = [];
  readonly index = new Map<string, number>();
  private readonly groups = new Map<string, number>();
  private readonly members = new Map<number, number[]>();

  add(weight: number, hidden: boolean, groupKey: string, key?: string, known = true): number {
    let group = this.groups.get(groupKey);
    if (group === undefined) {
      group = this.groups.size;
      this.groups.set(groupKey, group);
    }
    const i = this.list.length;
    this.list.push({ weight, known, hidden: false, group });
    const members = this.members.get(group) ?? [];
    // A member joining a group that is already hidden is hidden too.
    const groupHidden = members.some((j) => this.list[j]!.hidden);
    members.push(i);
    this.members.set(group, members);
    if (key !== undefined) this.index.set(key, i);
    if (hidden || groupHidden) this.hide(i);
    return i;
  }

  hide(i: number): void {
    for (const j of this.members.get(this.list[i]!.group)!) this.list[j]!.hidden = true;
  }

  isHidden(i: number): boolean {
    return this.list[i]!.hidden;
  }
}

/** The additive structure of a two-way or one-way table, from the margins it has. */
function tableLines(table: StatTable, entries: Entries, totalIndex: number | undefined): Line[] {
  const lines: Line[] = [];
  const at = (keys: string[]) => entries.index.get(keyOf(keys));
  const [first, second] = table.dimensions;
  if (!first) return lines;
  if (!second) {
    if (totalIndex !== undefined)
      lines.push({ members: first.values.flatMap((v) => at([v]) ?? []), sum: totalIndex });
    return lines;
  }
  const rowSums: number[] = [];
  const columnSums: number[] = [];
  for (const a of first.values) {
    const sum = at([a, ALL]);
    if (sum === undefined) continue;
    rowSums.push(sum);
    lines.push({ members: second.values.flatMap((b) => at([a, b]) ?? []), sum });
  }
  for (const b of second.values) {
    const sum = at([ALL, b]);
    if (sum === undefined) continue;
    columnSums.push(sum);
    lines.push({ members: first.values.flatMap((a) => at([a, b]) ?? []), sum });
  }
  if (totalIndex !== undefined) {
    const allRows = rowSums.length > 0 && rowSums.length === first.values.length;
    const allColumns = columnSums.length > 0 && columnSums.length === second.values.length;
    if (allRows) lines.push({ members: rowSums, sum: totalIndex });
    if (allColumns) lines.push({ members: columnSums, sum: totalIndex });
    if (!allRows && !allColumns) {
      const cells = first.values.flatMap((a) => second.values.flatMap((b) => at([a, b]) ?? []));
      lines.push({ members: cells, sum: totalIndex });
    }
  }
  return lines;
}

/** The shown member with the smallest count, preferring one that is not zero (a hidden zero hides nothing). */
function nextSmallest(entries: Entries, candidates: readonly number[]): number | undefined {
  let best: number | undefined;
  for (const i of candidates) {
    const entry = entries.list[i]!;
    if (entry.hidden) continue;
    const current = best === undefined ? undefined : entries.list[best]!.weight;
    if (current === undefined || (entry.weight > 0 && (current === 0 || entry.weight < current))) best = i;
  }
  return best;
}

/**
 * Complementary suppression along stated sums, until nothing changes: a line with exactly one hidden entry gives it
 * away; hidden cells adding up to less than k under a shown sum give away their small total. Either way, hide the
 * next smallest shown member of the line (the sum itself when no member may be hidden). For one-way lines this
 * leaves every hidden count at least k possible values: it can move against the other hidden ones of its line.
 */
function completeLines(entries: Entries, lines: readonly Line[], k: number): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      let count = 0;
      let mass = 0;
      let shownMass = 0;
      let unknown = false;
      for (const i of line.members) {
        const entry = entries.list[i]!;
        if (!entry.hidden) {
          shownMass += entry.weight;
          continue;
        }
        count++;
        mass += entry.weight;
        if (!entry.known) unknown = true;
      }
      const sumHidden = entries.isHidden(line.sum);
      // Counts hidden by an earlier pass: their mass is what the shown sum leaves, as anyone can work out.
      if (unknown && !sumHidden) mass = Math.max(mass, entries.list[line.sum]!.weight - shownMass);
      if (count === 0 && !sumHidden) continue;
      if (count + (sumHidden ? 1 : 0) > 1 && (sumHidden || mass >= k)) continue;
      const candidates = line.fixed ? line.members.filter((i) => !line.fixed!.includes(i)) : line.members;
      const next = nextSmallest(entries, candidates) ?? (sumHidden ? undefined : line.sum);
      if (next === undefined) continue;
      entries.hide(next);
      changed = true;
    }
  }
}

/**
 * A two-way table with all its margins and total, seen as one (rows + 1) × (columns + 1) grid: the margins are the
 * last column and row, the total the corner. `at[i][j]` is the entry index.
 */
interface Grid {
  at: number[][];
  rows: number;
  columns: number;
}

function fullGrid(table: StatTable, entries: Entries, totalIndex: number | undefined): Grid | undefined {
  const [first, second] = table.dimensions;
  if (!first || !second || totalIndex === undefined || table.measure !== 'count') return undefined;
  const rowKeys = [...first.values, ALL];
  const columnKeys = [...second.values, ALL];
  const at: number[][] = [];
  for (const a of rowKeys) {
    const row: number[] = [];
    for (const b of columnKeys) {
      const i = a === ALL && b === ALL ? totalIndex : entries.index.get(keyOf([a, b]));
      if (i === undefined) return undefined;
      row.push(i);
    }
    at.push(row);
  }
  return { at, rows: rowKeys.length, columns: columnKeys.length };
}

/**
 * Complementary suppression for a full two-way table (the hypercube method, as in τ-ARGUS): every hidden count x is
 * given a rectangle of hidden entries (x, a cell in its row, one in its column, the opposite corner) along which it
 * can grow while the two entries across from it shrink, keeping every margin and the total. Choosing those two with
 * at least k - 1 each means x can take at least k values whatever the rest of the table shows; the rectangle is
 * the one that hides least (entries already hidden cost nothing; margins and the total cost more than cells).
 *
 * On the grid, a margin enters its row's or column's sum with the opposite sign to the cells, so along a rectangle
 * an entry moves by `δ · ε · σ(row) · σ(column)`, with ε = ±1 by corner and σ = −1 on the margin row and column.
 * A rectangle through the total moves it, which the denominator (total plus exclusions) would give away: choosing
 * one (only when nothing else will do) hides the denominator too.
 */
function protectGrid(entries: Entries, grid: Grid, k: number, denominator: number): void {
  const { at, rows, columns } = grid;
  const capacity = Math.max(1, k - 1);
  const sigma = (index: number, size: number) => (index === size - 1 ? -1 : 1);
  const cost = (r: number, c: number) => {
    const i = at[r]![c]!;
    if (entries.isHidden(i)) return 0;
    const weight = entries.list[i]!.weight;
    const isTotal = r === rows - 1 && c === columns - 1;
    const isMargin = r === rows - 1 || c === columns - 1;
    return isTotal ? 1e12 + weight : isMargin ? 2 * weight + 1 : weight + 1;
  };
  const total = at[rows - 1]![columns - 1]!;
  // Moving the total (even when already hidden) costs the denominator: the last resort.
  const totalCost = () => (entries.isHidden(denominator) ? 0 : 1e12);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const x = at[r]![c]!;
      if (!entries.isHidden(x) || entries.list[x]!.weight >= k) continue;
      const direction = sigma(r, rows) * sigma(c, columns);
      let best: [number, number] | undefined;
      let bestCost = Number.POSITIVE_INFINITY;
      for (let r2 = 0; r2 < rows; r2++) {
        if (r2 === r) continue;
        for (let c2 = 0; c2 < columns; c2++) {
          if (c2 === c) continue;
          // The two corners across from x shrink when it grows: they must hold at least k - 1.
          const across: [number, number][] = [
            [r, c2],
            [r2, c],
          ];
          let ok = true;
          for (const [ar, ac] of across) {
            const moves = direction * -1 * sigma(ar, rows) * sigma(ac, columns);
            if (moves < 0 && entries.list[at[ar]![ac]!]!.weight < capacity) ok = false;
          }
          const opposite = direction * sigma(r2, rows) * sigma(c2, columns);
          if (opposite < 0 && entries.list[at[r2]![c2]!]!.weight < capacity) ok = false;
          if (!ok) continue;
          const touchesTotal =
            x === total ||
            (r2 === rows - 1 && c2 === columns - 1) ||
            at[r]![c2] === total ||
            at[r2]![c] === total;
          const price = cost(r, c2) + cost(r2, c) + cost(r2, c2) + (touchesTotal ? totalCost() : 0);
          if (price < bestCost) {
            bestCost = price;
            best = [r2, c2];
          }
        }
      }
      if (!best) continue; // a table too small to protect x by a rectangle: the line rules still apply
      const [r2, c2] = best;
      entries.hide(at[r]![c2]!);
      entries.hide(at[r2]![c]!);
      entries.hide(at[r2]![c2]!);
      const corners = [x, at[r]![c2]!, at[r2]![c]!, at[r2]![c2]!];
      if (corners.includes(total)) entries.hide(denominator);
    }
  }
}

/**
 * Which running totals of a cumulative series may be shown: one that has grown by at least k since the last shown
 * (or since zero). The final running total is the table's total: when its last step is short, the step before is
 * merged into it rather than hiding it.
 */
export function cumulativeShown(weights: readonly number[], k: number): boolean[] {
  const shown = weights.map(() => false);
  const steps: number[] = [];
  let base = 0;
  weights.forEach((weight, t) => {
    if (weight - base >= k) {
      shown[t] = true;
      steps.push(t);
      base = weight;
    }
  });
  const last = weights.length - 1;
  if (last >= 0 && !shown[last] && steps.length > 0) {
    shown[steps.pop()!] = false;
    shown[last] = true;
  }
  return shown;
}

export function roundValue(value: number, base: number | undefined): number {
  return base === undefined ? value : Math.round(value / base) * base;
}

/**
 * Applies disclosure control to a table and returns a new one (the input is not changed):
 *
 * 1. Primary suppression: every cell, margin, total or exclusion count whose count is below `k` (for sums,
 *    quantiles and estimates: whose `n`, the number of records behind it, is below `k`) becomes
 *    `{ value: null, suppressed: true }` (an exclusion count: `null`). Zeros too, unless `zeros: 'show'`.
 * 2. Complementary suppression, repeated until nothing changes, over every sum the table states (cells to row and
 *    column margins, margins to the total, total plus exclusions to the denominator): a line with exactly one
 *    hidden entry would give it away, and hidden cells adding up to less than `k` under a shown sum would give away
 *    their small total; in both cases the next smallest shown cell of the line is hidden too.
 * 3. q1/median/q3 (or min/best/max) of one group describe the same records: they are hidden together.
 * 4. Optional rounding of every shown count to a multiple of `roundTo` (`rounded: true`).
 *
 * Margins and the total that add up hidden cells say so (`includesSuppressed`). Multi-valued dimensions are
 * protected as if additive, which hides at least as much as needed. Cumulative series are protected on their
 * increments: a running total is shown only where it has grown by at least `k` since the last one shown, so no
 * period's count can be worked out from two shown totals.
 */
export function suppress(table: StatTable, options: SuppressOptions = {}): StatTable {
  const k = options.k ?? DEFAULT_K;
  const { roundTo } = options;
  checkOptions(k, roundTo);
  const showZeros = options.zeros === 'show';
  const entries = new Entries();
  const grouped = table.measure === 'quantile' || table.measure === 'estimate';
  const cumulative = table.cumulative === true;
  const cumulativeCells = cumulative
    ? cumulativeShown(
        table.cells.map((c) => weightOf(table, c)),
        k,
      )
    : [];

  const primary = (weight: number, alreadyHidden: boolean) =>
    alreadyHidden || (weight < k && !(showZeros && weight === 0));
  const addCell = (cell: StatCell, i: number) => {
    const weight = weightOf(table, cell);
    // For quantiles and estimates the last dimension names the statistic: its cells share their records.
    const groupKey = `c${keyOf(grouped ? cell.keys.slice(0, -1) : cell.keys)}`;
    const hidden = cumulative ? !cumulativeCells[i] : primary(weight, cell.suppressed);
    return entries.add(weight, hidden, groupKey, keyOf(cell.keys), !cell.suppressed);
  };
  for (const [i, cell] of table.cells.entries()) addCell(cell, i);
  for (const [i, cell] of table.margins.entries()) addCell(cell, table.cells.length + i);
  const totalWeight = weightOf(table, table.total);
  const lastCell = table.cells.length - 1;
  const totalIndex = entries.add(
    totalWeight,
    cumulative ? lastCell < 0 || !cumulativeCells[lastCell] : primary(totalWeight, table.total.suppressed),
    'total',
    undefined,
    !table.total.suppressed,
  );
  const exclusionIndexes = table.excluded.map(({ count }, i) =>
    entries.add(count ?? 0, primary(count ?? 0, count === null), `x${i}`, undefined, count !== null),
  );
  const denominatorIndex = entries.add(
    table.denominator ?? 0,
    primary(table.denominator ?? 0, table.denominator === null),
    'denominator',
    undefined,
    table.denominator !== null,
  );

  const total = table.total.notApplicable ? undefined : totalIndex;
  const grid = cumulative ? undefined : fullGrid(table, entries, total);
  const lines = cumulative ? [] : tableLines(table, entries, total);
  // Hiding the total to protect an exclusion count would only move the problem into the table: hide the
  // denominator instead, which leaves the exclusion free.
  const denominatorLine = {
    members: [totalIndex, ...exclusionIndexes],
    sum: denominatorIndex,
    fixed: [totalIndex],
  };
  if (grid) protectGrid(entries, grid, k, denominatorIndex);
  completeLines(entries, [...lines, denominatorLine], k);
  // Line rules may have hidden more counts of the grid: protect those too, then check the lines again.
  if (grid) {
    protectGrid(entries, grid, k, denominatorIndex);
    completeLines(entries, [...lines, denominatorLine], k);
  }
  if (cumulative && entries.isHidden(totalIndex) && lastCell >= 0) entries.hide(lastCell);
  lines.push(denominatorLine);

  const includes = new Set<number>();
  for (const line of lines) if (line.members.some((i) => entries.isHidden(i))) includes.add(line.sum);
  const roundsValue = table.measure !== 'quantile';
  const finish = (cell: StatCell, i: number): StatCell => {
    if (entries.isHidden(i)) {
      return {
        keys: [...cell.keys],
        value: null,
        suppressed: true,
        ...(cell.n !== undefined ? { n: null } : {}),
      };
    }
    const out: StatCell = {
      keys: [...cell.keys],
      value: cell.value === null || !roundsValue ? cell.value : roundValue(cell.value, roundTo),
      suppressed: false,
    };
    if (roundTo !== undefined) out.rounded = true;
    if (cell.n !== undefined) out.n = typeof cell.n === 'number' ? roundValue(cell.n, roundTo) : cell.n;
    if (includes.has(i)) out.includesSuppressed = true;
    return out;
  };

  const { includesSuppressed: _, notApplicable, ...totalCell } = table.total;
  const anyHidden = [...table.cells, ...table.margins].some((_, i) => entries.isHidden(i));
  let outTotal: StatTable['total'];
  if (notApplicable) {
    // No value to show or hide; the number of records behind the table (`n`) is a count like any other.
    const { n } = finish({ ...totalCell, value: null }, totalIndex);
    outTotal = {
      keys: [...totalCell.keys],
      value: null,
      suppressed: false,
      ...(n !== undefined ? { n } : {}),
      includesSuppressed: false,
      notApplicable: true,
    };
  } else {
    const { includesSuppressed: __, ...cell } = finish(totalCell, totalIndex);
    outTotal = { ...cell, includesSuppressed: !cell.suppressed && anyHidden };
  }

  return {
    ...table,
    cells: table.cells.map((cell, i) => finish(cell, i)),
    margins: table.margins.map((cell, i) => finish(cell, table.cells.length + i)),
    total: outTotal,
    denominator: entries.isHidden(denominatorIndex) ? null : roundValue(table.denominator ?? 0, roundTo),
    excluded: table.excluded.map(({ reason, count }, i) => ({
      reason,
      count: entries.isHidden(exclusionIndexes[i]!) ? null : roundValue(count ?? 0, roundTo),
    })),
    disclosure: { k, ...(roundTo !== undefined ? { roundTo } : {}) },
  };
}
