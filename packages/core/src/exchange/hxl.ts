/**
 * HXL (Humanitarian Exchange Language) hashtags: parsing, the hashtag row, and matching a file's tags to ours.
 * A tag is `#name` with `+attribute`s; names and attributes are case-insensitive and their order does not matter,
 * so `#Country +v_iso2 +code` is the same column as `#country+code+v_iso2`.
 */

export interface HxlTag {
  name: string;
  attributes: string[];
}

const TAG = /^\s*#([a-z][a-z0-9_]*)((?:\s*\+\s*[a-z][a-z0-9_]*)*)\s*$/i;

export function parseHxl(cell: string): HxlTag | undefined {
  const match = TAG.exec(cell);
  if (!match) return undefined;
  const attributes = match[2]!
    .split('+')
    .map((a) => a.trim().toLowerCase())
    .filter((a) => a !== '');
  return { name: match[1]!.toLowerCase(), attributes: [...new Set(attributes)].sort() };
}

/** The canonical text of a tag: lower case, attributes sorted. */
export function hxlKey(tag: HxlTag): string {
  return `#${tag.name}${tag.attributes.map((a) => `+${a}`).join('')}`;
}

/** A row is the hashtag row when every non-empty cell is a hashtag, and at least one is. */
export function isHashtagRow(cells: readonly string[]): boolean {
  let tags = 0;
  for (const cell of cells) {
    if (cell.trim() === '') continue;
    if (!parseHxl(cell)) return false;
    tags++;
  }
  return tags > 0;
}

/**
 * The known tag a file's tag stands for: the same tag, else the most specific known tag whose attributes the file's
 * tag all has (other tools add their own attributes: `#date+registered+x_local`), if only one is that specific.
 */
export function matchHxl<T>(tag: HxlTag, known: ReadonlyMap<string, T>): T | undefined {
  const exact = known.get(hxlKey(tag));
  if (exact !== undefined) return exact;
  let best: T | undefined;
  let bestSize = -1;
  let tie = false;
  for (const [key, value] of known) {
    const candidate = parseHxl(key)!;
    if (candidate.name !== tag.name) continue;
    if (!candidate.attributes.every((a) => tag.attributes.includes(a))) continue;
    if (candidate.attributes.length > bestSize) {
      best = value;
      bestSize = candidate.attributes.length;
      tie = false;
    } else if (candidate.attributes.length === bestSize) tie = true;
  }
  return tie ? undefined : best;
}
