/**
 * A QR code as one SVG path (a unit square per dark module), from uqr's matrix: drawn by the element's own
 * template, so no markup string is parsed and the strict CSP needs nothing extra.
 */
import { encode } from 'uqr';

export interface QrPath {
  /** Modules per side, the quiet zone included. */
  size: number;
  d: string;
}

export function qrPath(text: string, border = 4): QrPath {
  // Medium error correction: a receipt folded in a pocket still scans.
  const { data, size } = encode(text, { ecc: 'M', border });
  const parts: string[] = [];
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
    });
  });
  return { size, d: parts.join('') };
}
