// Draws the QR code of this site's registration form on the poster: the address is the page's own (the site may be
// served under any name), so the code is made in the browser, from the QR encoder the site serves itself (qr/, copied
// from the uqr package at build time). SVG through DOM calls: nothing inline, under the site's strict CSP.
import { encode } from './qr/uqr.mjs';

const SVG = 'http://www.w3.org/2000/svg';

/** The form's address: the registration page beside the poster (the form alone, light on a slow connection). */
export function formUrl(location) {
  return new URL('./register.html', location).href;
}

/** An SVG of the code: one path of the dark modules, with a quiet zone of 4. */
export function qrSvg(text) {
  const { data, size } = encode(text, { border: 4 });
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('aria-hidden', 'true');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', d);
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  return svg;
}

const url = formUrl(location);
const box = document.getElementById('poster-qr');
const link = document.getElementById('poster-link');
if (box) {
  box.replaceChildren(qrSvg(url));
  box.dataset.url = url;
}
if (link) {
  link.href = url;
  link.textContent = url;
}
document.getElementById('poster-print')?.addEventListener('click', () => window.print());
