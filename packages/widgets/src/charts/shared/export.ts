import { textWidth } from './scales.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The computed properties an exported SVG needs as attributes: outside the page, its stylesheet is gone. */
const PAINT = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'paint-order',
] as const;

/** Attributes of the live chart that mean nothing in a file (focus order, hooks for the element's own code). */
const LIVE_ONLY = ['tabindex', 'class', 'data-mark', 'data-hover'];

export type ExportFormat = 'svg' | 'png' | 'csv';

export interface ExportDetail {
  format: ExportFormat;
  fileName: string;
  blob: Blob;
}

/** What a chart hands over to be exported: itself (for colours and fonts), its drawn plot and its words. */
export interface ExportSource {
  host: HTMLElement;
  plot: SVGSVGElement;
  title: string;
  summary: string;
  notes: string[];
}

export interface ExportFrame {
  title: string;
  summary: string;
  /** Lines printed under the chart: the source, the note on suppressed marks. */
  notes: string[];
  colors: { text: string; secondary: string; surface: string };
  fontFamily: string;
}

function wrap(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Split at spaces, and anywhere in scripts written without them (Chinese, Khmer).
  for (const word of text.match(/[\u1000-\uffff]|[^\s\u1000-\uffff]+\s*|\s+/g) ?? []) {
    if (line && textWidth(line + word, fontSize) > width) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else line += word;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function textElement(doc: Document, x: number, y: number, content: string, attrs: Record<string, string>) {
  const el = doc.createElementNS(SVG_NS, 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.textContent = content;
  return el;
}

/**
 * The drawn chart as a standalone SVG file: title and summary (also as `<title>`/`<desc>`), the plot with its
 * computed colours written in, and the notes (source, suppression) under it. It is made from the chart as drawn,
 * which holds no suppressed value, so the file cannot hold one either.
 */
export function chartSvgFile(
  plot: SVGSVGElement,
  frame: ExportFrame,
): { text: string; width: number; height: number } {
  const width = Number(plot.getAttribute('width')) || plot.getBoundingClientRect().width;
  const plotHeight = Number(plot.getAttribute('height')) || plot.getBoundingClientRect().height;
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement as unknown as SVGSVGElement;
  const pad = 16;
  const clone = doc.importNode(plot, true) as SVGSVGElement;
  const originals = [plot, ...plot.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const computed = new Map<Element, CSSStyleDeclaration>();
  originals.forEach((original, i) => {
    const copy = copies[i]!;
    const style = getComputedStyle(original);
    computed.set(original, style);
    const parent = original.parentElement ? computed.get(original.parentElement) : undefined;
    for (const name of PAINT) {
      const value = style.getPropertyValue(name);
      // Inherited values are written once, where they change: the file stays small.
      const inherited = name === 'opacity' ? value === '1' : parent?.getPropertyValue(name) === value;
      if (value && !inherited) copy.setAttribute(name, value);
    }
    for (const name of LIVE_ONLY) copy.removeAttribute(name);
  });
  // Lit's template markers are comments: they mean nothing in a file.
  const walker = doc.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);

  const titleLines = wrap(frame.title, width, 16);
  const summaryLines = wrap(frame.summary, width, 12);
  const noteLines = frame.notes.flatMap((note) => wrap(note, width, 12));
  const headerHeight = titleLines.length * 22 + summaryLines.length * 17 + 8;
  const footerHeight = noteLines.length * 17 + 8;
  const totalWidth = Math.ceil(width + 2 * pad);
  const totalHeight = Math.ceil(pad + headerHeight + plotHeight + footerHeight + pad);

  root.setAttribute('width', String(totalWidth));
  root.setAttribute('height', String(totalHeight));
  root.setAttribute('viewBox', `0 0 ${totalWidth} ${totalHeight}`);
  root.setAttribute('font-family', frame.fontFamily);
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = frame.title;
  const desc = doc.createElementNS(SVG_NS, 'desc');
  desc.textContent = frame.summary;
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', frame.colors.surface);
  root.append(title, desc, background);

  let y = pad;
  for (const line of titleLines) {
    y += 22;
    root.append(
      textElement(doc, pad, y - 5, line, {
        'font-size': '16',
        'font-weight': '700',
        fill: frame.colors.text,
      }),
    );
  }
  for (const line of summaryLines) {
    y += 17;
    root.append(textElement(doc, pad, y - 4, line, { 'font-size': '12', fill: frame.colors.secondary }));
  }
  y += 8;
  clone.setAttribute('x', String(pad));
  clone.setAttribute('y', String(y));
  for (const name of ['role', 'aria-labelledby', 'aria-describedby', 'aria-label'])
    clone.removeAttribute(name);
  root.append(clone);
  y += plotHeight + 8;
  for (const line of noteLines) {
    y += 17;
    root.append(textElement(doc, pad, y - 4, line, { 'font-size': '12', fill: frame.colors.secondary }));
  }
  return { text: new XMLSerializer().serializeToString(doc), width: totalWidth, height: totalHeight };
}

/**
 * Rasterises an SVG file to PNG through a canvas. The image is a same-origin blob holding no external resource
 * (no web font, no linked image), so the canvas is never tainted and `toBlob` is allowed.
 */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name from a title, keeping letters of any script: `registrations-per-day.svg`. */
export function fileName(title: string, extension: string): string {
  const base = title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'chart'}.${extension}`;
}

/** Offers a file to the reader as a download. */
export function saveFile(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.rel = 'noopener';
  link.click();
  // The click has handed the blob to the download; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** The SVG file of a chart, with the colours and font it is drawn in. */
function fileOf(source: ExportSource) {
  const style = getComputedStyle(source.host);
  const summary = source.host.shadowRoot?.querySelector('.summary');
  return chartSvgFile(source.plot, {
    title: source.title,
    summary: source.summary,
    notes: source.notes,
    colors: {
      text: style.color,
      secondary: getComputedStyle(summary ?? source.host).color,
      surface: style.backgroundColor,
    },
    fontFamily: style.fontFamily,
  });
}

export async function toSVG(source: ExportSource | undefined): Promise<Blob | undefined> {
  if (!source) return undefined;
  return new Blob([fileOf(source).text], { type: 'image/svg+xml' });
}

export async function toPNG(source: ExportSource | undefined): Promise<Blob | undefined> {
  if (!source) return undefined;
  const file = fileOf(source);
  return svgToPng(file.text, file.width, file.height);
}

/** Announces a file with a cancelable `hw-export` event, then offers it as a download unless a listener took it. */
export function offer(host: HTMLElement, blob: Blob, format: ExportFormat, title: string): void {
  const detail: ExportDetail = { format, fileName: fileName(title, format), blob };
  const proceed = host.dispatchEvent(
    new CustomEvent<ExportDetail>('hw-export', { detail, bubbles: true, composed: true, cancelable: true }),
  );
  if (proceed) saveFile(blob, detail.fileName);
}
