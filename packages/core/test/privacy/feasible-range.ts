/**
 * What an attacker can work out about a suppressed table: every hidden entry is an unknown x ≥ 0, every sum the table
 * states (cells to margins, margins to the total, total and exclusions to the denominator) is a linear equation, and
 * the smallest and largest value each unknown can take is found by linear programming. Tables with margins are
 * totally unimodular, so these bounds are whole numbers and every whole number between them is possible.
 *
 * A small dense two-phase simplex (Bland's rule, so it cannot cycle): test-only, for tables of a few dozen cells.
 */
import { ALL, type StatTable } from '../../src/index.js';

const EPS = 1e-9;

/** min or max of `c·x` subject to `A x = b`, `x ≥ 0`; `Infinity` when unbounded above, undefined when infeasible. */
export function linearProgram(
  A: number[][],
  b: number[],
  c: number[],
  maximise: boolean,
): number | undefined {
  const m = A.length;
  const n = c.length;
  // Tableau with artificials: rows [A | I | b] (b made non-negative).
  const rows = A.map((row, i) => {
    const sign = b[i]! < 0 ? -1 : 1;
    const artificial = Array.from({ length: m }, (_, j) => (j === i ? 1 : 0));
    return [...row.map((v) => v * sign), ...artificial, b[i]! * sign];
  });
  const basis = Array.from({ length: m }, (_, i) => n + i);
  const width = n + m;

  function pivot(r: number, col: number) {
    const row = rows[r]!;
    const p = row[col]!;
    for (let j = 0; j <= width; j++) row[j]! /= p;
    for (let i = 0; i < m; i++) {
      if (i === r) continue;
      const f = rows[i]![col]!;
      if (Math.abs(f) < EPS) continue;
      for (let j = 0; j <= width; j++) rows[i]![j]! -= f * row[j]!;
    }
    basis[r] = col;
  }

  /** Minimises `cost·x` over the current tableau, entering only columns < `limit`. */
  function run(cost: number[], limit: number): 'optimal' | 'unbounded' {
    for (;;) {
      // Reduced costs: cost_j - Σ cost_basis * column_j.
      let entering = -1;
      for (let j = 0; j < limit; j++) {
        if (basis.includes(j)) continue;
        let reduced = cost[j] ?? 0;
        for (let i = 0; i < m; i++) reduced -= (cost[basis[i]!] ?? 0) * rows[i]![j]!;
        if (reduced < -EPS) {
          entering = j;
          break; // Bland: first improving column
        }
      }
      if (entering < 0) return 'optimal';
      let leave = -1;
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < m; i++) {
        const a = rows[i]![entering]!;
        if (a <= EPS) continue;
        const ratio = rows[i]![width]! / a;
        if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && basis[i]! < basis[leave]!)) {
          best = ratio;
          leave = i;
        }
      }
      if (leave < 0) return 'unbounded';
      pivot(leave, entering);
    }
  }

  // Phase 1: minimise the sum of artificials.
  const phase1 = Array.from({ length: width }, (_, j) => (j >= n ? 1 : 0));
  run(phase1, width);
  const infeasibility = basis.reduce((s, col, i) => s + (col >= n ? rows[i]![width]! : 0), 0);
  if (infeasibility > 1e-7) return undefined;
  // Drive remaining (zero-valued) artificials out of the basis where possible.
  for (let i = 0; i < m; i++) {
    if (basis[i]! < n) continue;
    const col = rows[i]!.findIndex((v, j) => j < n && Math.abs(v) > EPS);
    if (col >= 0) pivot(i, col);
  }
  const cost = c.map((v) => (maximise ? -v : v));
  if (run(cost, n) === 'unbounded') return maximise ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  let value = 0;
  for (let i = 0; i < m; i++) if (basis[i]! < n) value += c[basis[i]!]! * rows[i]![width]!;
  return value;
}

export interface HiddenRange {
  /** `cell:KH-12|ID`, `margin:*|ID`, `total`, `excluded:missing_value`, `denominator`. */
  label: string;
  min: number;
  max: number;
}

/**
 * The feasible range of every hidden entry of a suppressed count table, from everything it shows. Works for one- or
 * two-dimensional tables whose dimensions are not multi-valued (their sums are exact).
 */
export function hiddenRanges(table: StatTable): HiddenRange[] {
  const labels: string[] = [];
  const unknown = new Map<string, number>();
  const known = new Map<string, number>();
  const note = (label: string, value: number | null) => {
    if (value === null) {
      unknown.set(label, labels.length);
      labels.push(label);
    } else known.set(label, value);
  };
  const key = (keys: string[]) => keys.join('|');
  for (const cell of table.cells) note(`cell:${key(cell.keys)}`, cell.value);
  for (const cell of table.margins) note(`margin:${key(cell.keys)}`, cell.value);
  if (!table.total.notApplicable) note('total', table.total.value);
  for (const e of table.excluded) note(`excluded:${e.reason}`, e.count);
  note('denominator', table.denominator);

  const equations: { terms: string[]; sum: string }[] = [];
  const [first, second] = table.dimensions;
  if (first && !second) equations.push({ terms: first.values.map((v) => `cell:${v}`), sum: 'total' });
  if (first && second) {
    for (const a of first.values) {
      if (table.margins.some((m) => m.keys[0] === a && m.keys[1] === ALL)) {
        equations.push({ terms: second.values.map((b) => `cell:${a}|${b}`), sum: `margin:${a}|${ALL}` });
      }
    }
    for (const b of second.values) {
      if (table.margins.some((m) => m.keys[0] === ALL && m.keys[1] === b)) {
        equations.push({ terms: first.values.map((a) => `cell:${a}|${b}`), sum: `margin:${ALL}|${b}` });
      }
    }
    equations.push({ terms: first.values.map((a) => `margin:${a}|${ALL}`), sum: 'total' });
    equations.push({ terms: second.values.map((b) => `margin:${ALL}|${b}`), sum: 'total' });
  }
  equations.push({
    terms: ['total', ...table.excluded.map((e) => `excluded:${e.reason}`)],
    sum: 'denominator',
  });

  const n = labels.length;
  const A: number[][] = [];
  const b: number[] = [];
  for (const { terms, sum } of equations) {
    const row = new Array<number>(n).fill(0);
    let rhs = 0;
    for (const [label, sign] of [...terms.map((t) => [t, 1] as const), [sum, -1] as const]) {
      const j = unknown.get(label);
      if (j !== undefined) row[j]! += sign;
      else rhs -= sign * (known.get(label) ?? 0);
    }
    if (row.every((v) => v === 0)) continue; // nothing unknown: a check of shown values only
    A.push(row);
    b.push(rhs);
  }
  return labels.map((label, j) => {
    const c = Array.from({ length: n }, (_, i) => (i === j ? 1 : 0));
    const min = A.length ? linearProgram(A, b, c, false) : 0;
    const max = A.length ? linearProgram(A, b, c, true) : Number.POSITIVE_INFINITY;
    if (min === undefined || max === undefined) throw new Error(`infeasible table: ${JSON.stringify(table)}`);
    return { label, min: Math.round(min * 1e6) / 1e6, max: Math.round(max * 1e6) / 1e6 };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Across releases: what a watcher can work out from a sequence of perturbed one-way tables, each one record apart.

/** Smallest and largest true count that a perturbation table can publish as `value` (its preimages are intervals). */
export function preimage(
  publishedValues: (count: number) => number[],
  value: number,
  threshold: number,
  spread: number,
): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let count = 0; count <= value + spread + threshold; count++) {
    if (publishedValues(count).includes(value)) {
      min = Math.min(min, count);
      max = Math.max(max, count);
    }
  }
  return [min, max];
}

/** One published one-way count table: an interval of possible true values per cell, for the total, the denominator. */
export interface ReleaseBounds {
  cells: [number, number][];
  total: [number, number];
  denominator: [number, number];
}

/**
 * The categories the record of each step could have, given every release: step j adds (`+1`) or removes (`-1`) one
 * record of an unknown category between release j and j + 1 (the watcher knows that much, not the category). Tries
 * every assignment of categories to steps; an assignment is possible when some true counts before the first release
 * fit every release's intervals once the steps are applied (interval constraints and one sum: checked exactly).
 * Returns, per step, the set of categories some possible assignment gives it.
 */
export function possibleCategories(releases: ReleaseBounds[], steps: (1 | -1)[]): Set<number>[] {
  const m = releases[0]!.cells.length;
  const out = steps.map(() => new Set<number>());
  const assignment = steps.map(() => 0);
  const feasible = (): boolean => {
    // Bounds on the counts before the first release, per cell and for the sum.
    const lo = new Array<number>(m).fill(0);
    const hi = new Array<number>(m).fill(Number.POSITIVE_INFINITY);
    let sumLo = 0;
    let sumHi = Number.POSITIVE_INFINITY;
    const shift = new Array<number>(m).fill(0);
    let totalShift = 0;
    for (let r = 0; r < releases.length; r++) {
      if (r > 0) {
        shift[assignment[r - 1]!]! += steps[r - 1]!;
        totalShift += steps[r - 1]!;
      }
      const release = releases[r]!;
      for (let i = 0; i < m; i++) {
        lo[i] = Math.max(lo[i]!, release.cells[i]![0] - shift[i]!);
        hi[i] = Math.min(hi[i]!, release.cells[i]![1] - shift[i]!);
      }
      // Every record in this test has a category, so the denominator is the total.
      const total: [number, number] = [
        Math.max(release.total[0], release.denominator[0]),
        Math.min(release.total[1], release.denominator[1]),
      ];
      sumLo = Math.max(sumLo, total[0] - totalShift);
      sumHi = Math.min(sumHi, total[1] - totalShift);
    }
    // A count cannot go below zero at any release: the smallest running shift bounds it from below.
    for (let i = 0; i < m; i++) {
      let running = 0;
      for (let j = 0; j < steps.length; j++) {
        if (assignment[j] === i) running += steps[j]!;
        lo[i] = Math.max(lo[i]!, -running);
      }
    }
    if (lo.some((l, i) => l > hi[i]!)) return false;
    const minSum = lo.reduce((a, b) => a + b, 0);
    const maxSum = hi.reduce((a, b) => a + b, 0);
    return Math.max(minSum, sumLo) <= Math.min(maxSum, sumHi);
  };
  const visit = (j: number) => {
    if (j === steps.length) {
      if (feasible()) {
        for (const [step, c] of assignment.entries()) out[step]!.add(c);
      }
      return;
    }
    for (let c = 0; c < m; c++) {
      assignment[j] = c;
      visit(j + 1);
    }
  };
  visit(0);
  return out;
}
