/**
 * Re-keying a record when what is published about it changes. In the cell key method a figure's perturbation is
 * looked up by its key sum and its table's scope sum; a record entering or leaving a table moves the scope sum, so
 * every figure of the table gets a fresh draw. A record that stays but changes a published value (a case's status
 * moving from "registered" to "returned", a corrected sex or province) would not move the scope sum: only the two
 * cells it left and entered would be re-drawn, every other figure would stay exactly the same, and a watcher who
 * knows that one person's case moved would read that person's other values off the cells that changed. So the key a
 * record is counted with is its secret record key plus a public offset of its published values: the offset is not
 * secret (the record key is), it changes whenever a published value does, and it is the same for the same values,
 * so the same records with the same values still give the same figures. See docs/disclosure-control.md.
 */
import { mix32 } from './cell-key.js';
import { RECORD_KEY_MODULUS } from './record-key.js';

/** A record's published values, in a fixed order; null for a missing value. */
export type PublishedValues = readonly (string | number | boolean | null | readonly string[])[];

/** The offset, in `[0, RECORD_KEY_MODULUS)`, of a record's published values: FNV-1a of their JSON, mixed. */
export function valuesKeyOffset(values: PublishedValues): number {
  const text = JSON.stringify(values);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h) % RECORD_KEY_MODULUS;
}

/** The key sum of `count` records alike in their published values: their record keys' sum plus `count` offsets. */
export function keyedSum(recordKeySum: number, count: number, values: PublishedValues): number {
  return (recordKeySum + count * valuesKeyOffset(values)) % RECORD_KEY_MODULUS;
}
