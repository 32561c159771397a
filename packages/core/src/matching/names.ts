/**
 * Names prepared for comparison across scripts and spellings. Each written name becomes a `NameForm`: the name as
 * written (honorifics and Malay connectors removed), its Latin tokens (any-ascii), a spelling skeleton under the
 * rules of the person's naming tradition, and a coarse key for blocking. Transliteration and Jaro-Winkler are
 * core's (privacy/names.ts); the variant rules live here.
 */
import { nameTokens } from '../privacy/names.js';

/**
 * Spelling traditions whose variants are folded together: Malay/Indonesian, Chinese (pinyin and Wade-Giles), Khmer;
 * and Burmese, whose names have no family name: their word order is part of the name ("Kyaw Min" is not "Min Kyaw"),
 * where elsewhere a family name written first or last is one name.
 */
export type NameFamily = 'ms' | 'zh' | 'km' | 'my' | 'vi' | 'other';

export interface NameForm {
  /** A number of its own, for remembering comparisons of two forms. */
  id: number;
  /** As written: NFC, lower case, single spaces, without honorifics. */
  plain: string;
  /** Latin tokens, without honorifics and connectors. */
  tokens: string[];
  /** Tokens in alphabetical order, joined: family-name-first or last alike (Burmese: in their own order). */
  sorted: string;
  /** Tokens joined without spaces in each rotation: 王志强, "Zhiqiang Wang" and "Wang Zhi-qiang" meet (Burmese: one). */
  joined: string[];
  /** Spelling skeleton tokens, their sorted form and rotations, as above. */
  skeleton: string[];
  skeletonSorted: string;
  skeletonJoined: string[];
  /** The blocking key: coarse letter classes of the whole name, sorted, so order and token splits do not matter. */
  block: string;
}

// Honorifics and titles in the scripts they are written in, removed before transliteration.
const SCRIPT_TITLES = /^(លោកស្រី|អ្នកស្រី|លោក|កញ្ញា|នាយ|นางสาว|นาย|นาง)\s*|(先生|女士|小姐|太太)$/u;

/** Titles written in Latin letters, only at the start of a name: English and French ones in every name. */
const COMMON_TITLES = ['mr', 'mrs', 'ms', 'miss', 'mister', 'madam', 'mdm', 'dr', 'm', 'mme', 'mlle'];
/**
 * Titles of one naming tradition, stripped only in its names: elsewhere they are names ("Tuan" is a Malay title and a
 * Vietnamese given name; Vietnamese "Anh" and "Chi" are titles and given names both, and are left alone).
 */
const FAMILY_TITLES: Record<NameFamily, string[]> = {
  ms: [
    'bapak',
    'pak',
    'ibu',
    'bu',
    'mas',
    'mbak',
    'encik',
    'cik',
    'tuan',
    'puan',
    'nona',
    'nyonya',
    'ny',
    'sdr',
    'sdri',
    'saudara',
    'saudari',
    'haji',
    'hajjah',
    'hj',
  ],
  vi: ['ong', 'ba'],
  km: ['lok', 'neak', 'kanha'],
  zh: [],
  my: [],
  other: [],
};
const TITLES = Object.fromEntries(
  Object.entries(FAMILY_TITLES).map(([family, titles]) => [family, new Set([...COMMON_TITLES, ...titles])]),
) as Record<NameFamily, Set<string>>;
/** Malay patronymic connectors: "Ahmad bin Ismail" and "Ahmad Ismail" are one name. */
const CONNECTORS = new Set(['bin', 'binti', 'bte', 'bt', 'bn', 'binte']);

const MS: [RegExp, string][] = [
  [/dj/g, 'j'],
  [/tj/g, 'c'],
  [/sj/g, 'sy'],
  [/ch/g, 'kh'],
  [/kh/g, 'k'],
  // Dutch-era j is today's y, Dutch-era dj today's j: one letter for all three.
  [/j/g, 'y'],
];
const ZH: [RegExp, string][] = [
  // Wade-Giles to pinyin, apostrophes already gone: hs→x, ch/ch'→zh/j/q, ts/tz→z/c, -ih→-i, -ien→-ian, -ung→-ong
  // (endings anchored: a pinyin token runs syllables together, zi-hao).
  [/tzu/g, 'zi'],
  [/hs/g, 'x'],
  [/zh|ch|q/g, 'J'],
  [/j/g, 'J'],
  [/ts|tz|c/g, 'z'],
  [/J/g, 'j'],
  [/ieh$/g, 'ie'],
  [/ih$/g, 'i'],
  [/ien$/g, 'ian'],
  [/^yen$/g, 'yan'],
  [/ung$/g, 'ong'],
  [/uo/g, 'o'],
  [/yi/g, 'i'],
  // Aspirated and unaspirated initials, written alike in Wade-Giles without apostrophes.
  [/ng/g, 'N'],
  [/b/g, 'p'],
  [/d/g, 't'],
  [/g/g, 'k'],
  [/N/g, 'ng'],
];
const KM: [RegExp, string][] = [
  [/chh|ch/g, 'c'],
  [/kh/g, 'k'],
  [/th/g, 't'],
  [/ph|bh/g, 'p'],
  [/ea|ie/g, 'ia'],
  [/ey|ay/g, 'ei'],
  [/ou/g, 'o'],
  [/w/g, 'v'],
];
const GENERIC: [RegExp, string][] = [
  [/oe/g, 'u'],
  [/ph/g, 'f'],
  [/y/g, 'i'],
  [/(.)\1+/g, '$1'],
  [/([^aeiou])h$/g, '$1'],
  [/ah$/g, 'a'],
];
const FAMILY_RULES: Record<NameFamily, [RegExp, string][]> = {
  ms: MS,
  zh: ZH,
  km: KM,
  my: [],
  vi: [],
  other: [],
};

/** The naming tradition whose spelling variants apply, from the person's citizenships. */
export function nameFamilyOf(citizenship: readonly string[]): NameFamily {
  for (const c of citizenship) {
    if (c === 'ID' || c === 'MY' || c === 'BN') return 'ms';
    if (c === 'CN' || c === 'TW' || c === 'HK' || c === 'MO') return 'zh';
    if (c === 'KH') return 'km';
    if (c === 'MM') return 'my';
    if (c === 'VN') return 'vi';
  }
  return 'other';
}

/** A token's spelling skeleton: the variants of its tradition (and generic ones: y/i, ph/f, doubled letters). */
export function skeletonToken(token: string, family: NameFamily): string {
  let out = token;
  for (const [pattern, replacement] of FAMILY_RULES[family]) out = out.replace(pattern, replacement);
  for (const [pattern, replacement] of GENERIC) out = out.replace(pattern, replacement);
  return out;
}

const COARSE_DIGRAPHS: [RegExp, string][] = [
  [/oe/g, 'u'],
  [/dj|tj|zh|ch|ts|tz|q|c|z/g, 'j'],
  [/hs|sh|sj|sy|x/g, 's'],
  [/kh|gh|g/g, 'k'],
  [/ph|bh|b|f/g, 'p'],
  [/th|d/g, 't'],
  [/v/g, 'w'],
  [/(?!^)h/g, ''],
  [/[aeiouy]+/g, 'a'],
  [/(.)\1+/g, '$1'],
];

/** Coarse letter classes (vowels alike, aspirated and voiced consonants alike), for blocking only. */
function coarse(token: string): string {
  let out = token;
  for (const [pattern, replacement] of COARSE_DIGRAPHS) out = out.replace(pattern, replacement);
  return out;
}

function rotations(tokens: readonly string[]): string[] {
  if (tokens.length <= 1) return [tokens.join('')];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) out.push([...tokens.slice(i), ...tokens.slice(0, i)].join(''));
  return out;
}

function withoutTitles(tokens: string[], family: NameFamily): string[] {
  const titles = TITLES[family];
  let start = 0;
  while (start < tokens.length - 1 && titles.has(tokens[start]!)) start++;
  const rest = tokens.slice(start);
  const kept = rest.filter((t) => !CONNECTORS.has(t));
  return kept.length > 0 ? kept : rest;
}

let nextId = 0;

/** Prepares one written name; `undefined` when nothing comparable is left (only punctuation, say). */
export function nameForm(written: string, family: NameFamily): NameForm | undefined {
  const nfc = written.normalize('NFC').trim().replace(/\s+/g, ' ');
  const stripped = nfc.replace(SCRIPT_TITLES, '').trim() || nfc;
  const tokens = withoutTitles(nameTokens(stripped), family);
  if (tokens.length === 0) return undefined;
  const plainWords = stripped.toLowerCase().split(' ');
  const plain = plainWords.length > tokens.length ? tokens.join(' ') : stripped.toLowerCase();
  const skeleton = tokens.map((t) => skeletonToken(t, family));
  const ordered = family === 'my';
  return {
    id: nextId++,
    plain,
    tokens,
    sorted: ordered ? tokens.join(' ') : [...tokens].sort().join(' '),
    joined: ordered ? [tokens.join('')] : rotations(tokens),
    skeleton,
    skeletonSorted: ordered ? skeleton.join(' ') : [...skeleton].sort().join(' '),
    skeletonJoined: ordered ? [skeleton.join('')] : rotations(skeleton),
    // Token by token: a letter's class must not depend on the word order (an h is dropped inside a token only).
    block: [...tokens.map(coarse).join('')].sort().join(''),
  };
}

/** Per naming tradition, by the name as written (no key string built per look-up). */
const cache = new Map<NameFamily, Map<string, NameForm | null>>();
let cached = 0;

/** `nameForm`, remembered: a caseload repeats its names, and any-ascii is the costly step. */
export function cachedNameForm(written: string, family: NameFamily): NameForm | undefined {
  let forms = cache.get(family);
  if (!forms) {
    forms = new Map();
    cache.set(family, forms);
  }
  let form = forms.get(written);
  if (form === undefined) {
    if (cached > 500_000) {
      for (const m of cache.values()) m.clear();
      cached = 0;
    }
    form = nameForm(written, family) ?? null;
    forms.set(written, form);
    cached++;
  }
  return form ?? undefined;
}
