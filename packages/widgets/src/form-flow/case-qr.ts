/**
 * The case number as a QR code, drawn as an SVG path from uqr's module matrix (no image service, no inline script or
 * style: it renders under the site's strict CSP). What a person shows at the desk to be found at once.
 */
import { svg, type TemplateResult } from 'lit';
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

export function renderCaseQr(text: string, label: string): TemplateResult {
  const { size, d } = qrPath(text);
  return svg`<svg class="case-qr" part="case-qr" role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width=${size} height=${size} fill="#fff"></rect><path d=${d} fill="#000"></path></svg>`;
}
