/**
 * The case number as a QR code, drawn as an SVG path (no image service, no inline script or style: it renders under
 * the site's strict CSP). What a person shows at the desk to be found at once. The path comes from qr-matrix.ts,
 * loaded lazily.
 */
import { svg, type TemplateResult } from 'lit';

export function renderCaseQr({ size, d }: { size: number; d: string }, label: string): TemplateResult {
  return svg`<svg class="case-qr" part="case-qr" role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width=${size} height=${size} fill="#fff"></rect><path d=${d} fill="#000"></path></svg>`;
}
