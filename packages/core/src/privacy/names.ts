/**
 * Names compared across scripts and spellings: transliterated to Latin letters (any-ascii: 王伟 → Wang Wei,
 * Nguyễn → Nguyen, สมชาย → smchay), split into lower-case tokens, and reduced to a rough spelling skeleton so that
 * the variants clerks write for one name (Muhammad / Muhamad, Rizky / Rizki, Soetrisno / Sutrisno) meet.
 */
import anyAscii from 'any-ascii';

/** Lower-case Latin tokens of a name in any script; syllables run together by transliteration are split. */
export function nameTokens(name: string): string[] {
  const latin = anyAscii(name.normalize('NFC'))
    // any-ascii capitalises each Han syllable (王伟 → WangWei): split there before folding case.
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return latin.split(/[^a-z0-9]+/).filter((t) => t.length > 0);
}

/** The name as one comparable string: its tokens in alphabetical order (family-name-first or last alike). */
export function canonicalName(name: string): string {
  return nameTokens(name).sort().join(' ');
}

const SPELLINGS: [RegExp, string][] = [
  [/oe/g, 'u'], // Dutch-era Indonesian spelling: Soekarno / Sukarno
  [/dj/g, 'j'],
  [/tj/g, 'c'],
  [/kh/g, 'k'],
  [/ph/g, 'f'],
  [/y/g, 'i'],
  [/(.)\1+/g, '$1'], // doubled letters
  [/h$/g, ''], // a trailing h: Putrah / Putra
];

/** A token's spelling skeleton: common transliteration and spelling variants mapped to one form. */
export function spellingSkeleton(token: string): string {
  let out = token;
  for (const [pattern, replacement] of SPELLINGS) out = out.replace(pattern, replacement);
  return out;
}

/** The skeleton of a whole name, tokens sorted: the blocking key that gathers spelling variants. */
export function nameSkeleton(name: string): string {
  return nameTokens(name).map(spellingSkeleton).sort().join(' ');
}

const flagsA = new Uint8Array(128);
const flagsB = new Uint8Array(128);

function jaroWinklerLong(a: string, b: string): number {
  return jaroWinkler(a.slice(0, 128), b.slice(0, 128));
}

/**
 * Jaro-Winkler similarity of two strings, 0 (nothing alike) to 1 (equal): matching characters within a window,
 * transpositions, and a bonus for a common prefix of up to four characters (Winkler, 1990; p = 0.1).
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  // Reused buffers: matching compares millions of pairs, and two allocations each were most of the cost.
  if (la > flagsA.length || lb > flagsB.length) return jaroWinklerLong(a, b);
  const matchedA = flagsA;
  const matchedB = flagsB;
  matchedA.fill(0, 0, la);
  matchedB.fill(0, 0, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let j = 0;
  for (let i = 0; i < la; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++;
    j++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
