/**
 * The QR code of a case number as one SVG path, from uqr's module matrix. Loaded only after a case number comes back
 * (10 KB of encoder a form never needs before): pure data, no lit, so the script-tag bundle's chunk carries nothing
 * twice.
 */
import { encode } from 'uqr';

/** The dark modules of a QR code as one path, with a quiet zone of 4 modules. */
export function qrPath(text: string): { size: number; d: string } {
  const { data, size } = encode(text, { border: 4 });
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return { size, d };
}
