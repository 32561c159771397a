/**
 * A labelled set for the matcher: core's generated caseload (its planted second registrations) plus harder cases
 * planted here: honorifics, Wade-Giles for pinyin, surname order, Dutch-era Indonesian spelling, Khmer romanisation
 * variants, dropped diacritics, day and month swapped, a birth date replaced by an age, mistyped document numbers,
 * phones in local form, missing fields; and different people who look alike: a common name with the same birth year,
 * siblings with the family name, region and phone. Truth is the set of pairs within one person's registrations.
 */

import { generateIntakeDataset } from '../../src/examples/generate.js';
import { yearsBetween } from '../../src/records/dates.js';
import type { IntakeRecord } from '../../src/records/intake.js';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WADE_GILES: Record<string, string> = {
  Zhang: 'Chang',
  Zhou: 'Chou',
  Zhao: 'Chao',
  Zhu: 'Chu',
  Zheng: 'Cheng',
  Xu: 'Hsu',
  Xie: 'Hsieh',
  Guo: 'Kuo',
  Gao: 'Kao',
  Jing: 'Ching',
  Qiang: "Ch'iang",
  Jun: 'Chün',
  Jie: 'Chieh',
  Zhiqiang: "Chih-ch'iang",
  Jianguo: 'Chien-kuo',
  Xiuying: 'Hsiu-ying',
  Zihao: 'Tzu-hao',
  Xinyi: 'Hsin-i',
  Jiayi: 'Chia-i',
  Junjie: 'Chün-chieh',
  Xin: 'Hsin',
  Xue: 'Hsüeh',
  Song: 'Sung',
  Yong: 'Yung',
  Luo: 'Lo',
  Bowen: 'Po-wen',
  Dan: 'Tan',
  Ting: "T'ing",
  Tang: "T'ang",
  Chen: "Ch'en",
  Zihan: 'Tzu-han',
  Liang: 'Liang',
  Tao: "T'ao",
};
const KHMER: [RegExp, string][] = [
  [/Sok\b/, 'Sokh'],
  [/Chhim/, 'Chim'],
  [/Sophea/, 'Sopheap'],
  [/ea/, 'ia'],
  [/ey/, 'ei'],
];
const OLD_INDONESIAN: [RegExp, string][] = [
  [/u/, 'oe'],
  [/j/, 'dj'],
  [/y/, 'j'],
  [/c/, 'tj'],
  [/sy/, 'sj'],
  [/kh/, 'ch'],
];
const HONORIFICS: Record<string, string[]> = {
  ID: ['Bapak', 'Ibu', 'Pak', 'Bu', 'Mas', 'Mbak'],
  MY: ['Encik', 'Cik'],
  PH: ['Mr', 'Mrs', 'Ms'],
  KE: ['Mr', 'Ms'],
};

export interface LabelledSet {
  records: IntakeRecord[];
  /** `first second` ids (in record order) of every pair that is one person. */
  truth: Set<string>;
  /** How many pairs are one person. */
  matches: number;
  /**
   * How each record came about, for reading errors by kind: 'generated' (a first registration), 'second
   * registration' (the generator's own), 'hard: <name variant>' (planted here), 'namesake' or 'sibling'.
   */
  origin: Map<string, string>;
}

/** A pair's kind from its records' origins: the planted variant(s), or 'generated' for two first registrations. */
export function pairKind(set: LabelledSet, first: string, second: string): string {
  const kinds = [set.origin.get(first), set.origin.get(second)].filter(
    (k): k is string => k !== undefined && k !== 'generated',
  );
  return kinds.length === 0 ? 'generated' : [...new Set(kinds)].sort().join(' + ');
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function uuid(random: () => number): string {
  const hex = () => Math.floor(random() * 16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-a${part(3)}-${part(12)}`;
}

function latinName(r: IntakeRecord): string {
  return r.person.latinName ?? r.person.fullName;
}

/** One variant of the person's name, as another clerk might write it, and what kind of variant it is. */
function varyName(random: () => number, r: IntakeRecord): [string, string] {
  const citizenship = r.person.citizenship[0] ?? '';
  const name = latinName(r);
  const roll = random();
  if ((citizenship === 'CN' || citizenship === 'TW') && roll < 0.7) {
    const parts = name.split(' ').map((p) => WADE_GILES[p] ?? p);
    return roll < 0.35
      ? [parts.reverse().join(' '), 'Wade-Giles, order swapped']
      : [parts.join(' '), 'Wade-Giles'];
  }
  if (citizenship === 'KH')
    for (const [p, s] of KHMER)
      if (p.test(name) && random() < 0.7) return [name.replace(p, s), 'Khmer romanisation'];
  if (citizenship === 'ID' || citizenship === 'MY') {
    const titles = HONORIFICS[citizenship]!;
    if (roll < 0.3) return [`${titles[Math.floor(random() * titles.length)]} ${name}`, 'honorific'];
    for (const [p, s] of OLD_INDONESIAN)
      if (p.test(name) && random() < 0.6) return [name.replace(p, s), 'Dutch-era spelling'];
  }
  if (citizenship === 'VN')
    return roll < 0.5
      ? [name.normalize('NFD').replace(/\p{M}/gu, ''), 'diacritics dropped']
      : [name.split(' ').reverse().join(' '), 'order swapped'];
  if (HONORIFICS[citizenship] && roll < 0.3) return [`${HONORIFICS[citizenship]![0]} ${name}`, 'honorific'];
  // A typing error: one letter doubled or dropped.
  const at = 1 + Math.floor(random() * Math.max(1, name.length - 2));
  return random() < 0.5
    ? [name.slice(0, at) + name[at] + name.slice(at), 'letter doubled']
    : [name.slice(0, at) + name.slice(at + 1), 'letter dropped'];
}

function mistype(random: () => number, number: string): string {
  const at = number.length - 1 - Math.floor(random() * Math.min(6, number.length - 1));
  const digit = String((Number(number[at]) + 1 + Math.floor(random() * 8)) % 10);
  return number.slice(0, at) + digit + number.slice(at + 1);
}

/** The same person registered again, with the hard variations; and the name variant's kind. */
function hardVariant(random: () => number, first: IntakeRecord): [IntakeRecord, string] {
  const r = copy(first);
  r.id = uuid(random);
  const p = r.person;
  const [name, kind] = varyName(random, first);
  p.fullName = name;
  delete p.latinName;
  if (p.birthDate && random() < 0.5) {
    const [y, m, d] = p.birthDate.split('-');
    if (Number(d) <= 12 && random() < 0.5) p.birthDate = `${y}-${d}-${m}`;
    else {
      p.age = yearsBetween(p.birthDate, r.registrationDate);
      delete p.birthDate;
    }
  }
  const doc = r.documents?.[0];
  if (doc?.number && random() < 0.5) doc.number = mistype(random, doc.number);
  if (p.phones?.[0] && random() < 0.5 && p.citizenship[0] === 'ID') p.phones = [`0${p.phones[0].slice(3)}`];
  if (random() < 0.3) delete p.phones;
  if (random() < 0.2) delete p.sex;
  if (random() < 0.3) delete r.documents;
  return [r, kind];
}

/** Someone else who looks alike: a sibling (family name, region, phone) or a namesake born the same year. */
function lookAlike(
  random: () => number,
  other: IntakeRecord,
  pool: readonly IntakeRecord[],
): [IntakeRecord, string] {
  const r = copy(pool[Math.floor(random() * pool.length)]!);
  r.id = uuid(random);
  const p = r.person;
  p.citizenship = [...other.person.citizenship];
  // Their own story: nothing of the pool record that would tie it to its original.
  delete r.documents;
  delete r.recruitment;
  delete r.exploitation;
  delete p.phones;
  delete p.birthDate;
  delete p.ageBand;
  const otherAge = other.person.birthDate
    ? yearsBetween(other.person.birthDate, r.registrationDate)
    : (other.person.age ?? 25);
  let kind: string;
  if (random() < 0.5) {
    // A namesake: the same (common) name, the same age, born on another day.
    kind = 'namesake';
    p.fullName = other.person.fullName;
    if (other.person.latinName) p.latinName = other.person.latinName;
    else delete p.latinName;
    p.age = otherAge;
  } else {
    // A sibling: the family name, home region and the family's phone; their own given name and age.
    kind = 'sibling';
    const family = latinName(other).split(' ').slice(-1)[0]!;
    p.fullName = `${latinName(r).split(' ')[0]} ${family}`;
    delete p.latinName;
    if (other.person.homeRegion) p.homeRegion = other.person.homeRegion;
    if (other.person.phones) p.phones = [...other.person.phones];
    p.age = Math.max(15, otherAge + (random() < 0.5 ? -1 : 1) * (2 + Math.floor(random() * 8)));
  }
  if (p.age !== undefined && p.age < 18) r.childProtection = true;
  return [r, kind];
}

/** `count` generated records, about 3% more planted hard duplicates and 3% look-alikes, with the truth. */
export function labelledSet(count: number, seed = 7): LabelledSet {
  const { records, duplicates } = generateIntakeDataset(count, seed);
  const random = mulberry32(seed * 7919);
  const person = new Map<string, string>(records.map((r) => [r.id, r.id]));
  const root = (id: string): string => {
    let at = id;
    while (person.get(at) !== at) at = person.get(at)!;
    return at;
  };
  for (const d of duplicates) person.set(root(d.second), root(d.first));
  const origin = new Map<string, string>(records.map((r) => [r.id, 'generated']));
  for (const d of duplicates) origin.set(d.second, 'second registration');
  const out: IntakeRecord[] = [];
  records.forEach((r, i) => {
    out.push(r);
    if (i < 20 || random() > 0.06) return;
    const first = records[i - 1 - Math.floor(random() * Math.min(i, 300))]!;
    if (random() < 0.5) {
      const [variant, kind] = hardVariant(random, first);
      person.set(variant.id, root(first.id));
      origin.set(variant.id, `hard: ${kind}`);
      out.push(variant);
    } else {
      const [alike, kind] = lookAlike(random, first, records);
      person.set(alike.id, alike.id);
      origin.set(alike.id, kind);
      out.push(alike);
    }
  });
  const members = new Map<string, string[]>();
  for (const r of out) {
    const id = root(r.id);
    const list = members.get(id);
    if (list) list.push(r.id);
    else members.set(id, [r.id]);
  }
  const order = new Map(out.map((r, i) => [r.id, i]));
  const truth = new Set<string>();
  for (const ids of members.values()) {
    ids.sort((a, b) => order.get(a)! - order.get(b)!);
    for (let x = 0; x < ids.length; x++)
      for (let y = x + 1; y < ids.length; y++) truth.add(`${ids[x]} ${ids[y]}`);
  }
  return { records: out, truth, matches: truth.size, origin };
}
