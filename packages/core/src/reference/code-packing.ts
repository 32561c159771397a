/**
 * The ISO code lists as the browser downloads them: a sorted list of two-letter codes is a bitmap of the 676 letter
 * pairs AA…ZZ, in base64; three-letter codes are their first two letters (such a bitmap) and, for each of those in
 * order, the third letters. A third of the bytes of the plain lists once gzipped. scripts/generate-reference.ts
 * packs them into codes.generated.ts; unpacking gives the same sorted lists back.
 */
const A = 65;
const PAIRS = 26 * 26;

/** Packs sorted or unsorted two-letter upper-case codes (`KH`) as a base64 bitmap. */
export function packLetterPairs(codes: readonly string[]): string {
  const bits = new Uint8Array(Math.ceil(PAIRS / 8));
  for (const code of codes) {
    const i = (code.charCodeAt(0) - A) * 26 + code.charCodeAt(1) - A;
    bits[i >> 3]! |= 1 << (i & 7);
  }
  return btoa(String.fromCharCode(...bits));
}

/** The two-letter codes of a bitmap, sorted. */
export function letterPairs(bitmap: string): string[] {
  const bytes = atob(bitmap);
  const codes: string[] = [];
  for (let i = 0; i < PAIRS; i++) {
    if ((bytes.charCodeAt(i >> 3) >> (i & 7)) & 1)
      codes.push(String.fromCharCode(A + Math.floor(i / 26), A + (i % 26)));
  }
  return codes;
}

/** Packs three-letter upper-case codes (`KHR`) as the bitmap of their first two letters and the third letters. */
export function packLetterTriples(codes: readonly string[]): { pairs: string; thirds: string } {
  const prefixes = [...new Set(codes.map((c) => c.slice(0, 2)))].sort();
  const sorted = [...codes].sort();
  const thirds = prefixes.map((p) =>
    sorted
      .filter((c) => c.startsWith(p))
      .map((c) => c[2])
      .join(''),
  );
  return { pairs: packLetterPairs(prefixes), thirds: thirds.join(' ') };
}

/** The three-letter codes of `packLetterTriples`, sorted. */
export function letterTriples(pairs: string, thirds: string): string[] {
  const prefixes = letterPairs(pairs);
  return thirds.split(' ').flatMap((letters, i) => [...letters].map((c) => prefixes[i] + c));
}
