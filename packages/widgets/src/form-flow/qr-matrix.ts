/**
 * A QR code as one SVG path (a unit square per dark module) from uqr's module matrix, drawn by an element's own
 * template, so no markup string is parsed and the strict CSP needs nothing extra. The form loads it only after a case
 * number comes back (10 KB of encoder a form never needs before); the receipt draws with it too. Pure data, no lit,
 * so the script-tag bundle's chunk carries nothing twice.
 */
import { encode, type QrCodeGenerateOptions } from 'uqr';

/**
 * The dark modules of a QR code as one path, with a quiet zone of 4 modules; `ecc` is the error correction level
 * (uqr's default when absent; the receipt asks for 'M': a receipt folded in a pocket still scans).
 */
export function qrPath(text: string, ecc?: QrCodeGenerateOptions['ecc']): { size: number; d: string } {
  const { data, size } = encode(text, { border: 4, ...(ecc ? { ecc } : {}) });
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return { size, d };
}
