import { describe, expect, it } from 'vitest';
import { compareRecords, type MatchField } from '../../src/index.js';
import { type IntakeOptions, intake } from '../stats/fixtures.js';

const person = (fullName: string, extra: IntakeOptions['person'] = {}, rest: IntakeOptions = {}) =>
  intake({ ...rest, person: { fullName, citizenship: ['ID'], ...extra } });

function level(field: MatchField, a: ReturnType<typeof intake>, b: ReturnType<typeof intake>): string {
  return compareRecords(a, b).comparisons.find((c) => c.field === field)!.level;
}

describe('name comparison levels', () => {
  const cases: [string, string, string, string[]][] = [
    ['Budi Santoso', 'BUDI  SANTOSO', 'exact', ['ID']],
    ['Bapak Budi Santoso', 'Budi Santoso', 'exact', ['ID']],
    ['Ahmad bin Ismail', 'Ahmad Ismail', 'exact', ['MY']],
    ['王伟', 'Wang Wei', 'transliteration', ['CN']],
    ['张志强', 'Zhiqiang Zhang', 'transliteration', ['CN']],
    ['Nguyễn Văn Hùng', 'Hung Nguyen Van', 'transliteration', ['VN']],
    ['Soekarno', 'Sukarno', 'spelling', ['ID']],
    ['Djoko Widjaja', 'Joko Wijaya', 'spelling', ['ID']],
    ['Chang Wei-lun', 'Zhang Weilun', 'spelling', ['TW']],
    ['Hsu Tzu-hao', 'Xu Zihao', 'spelling', ['CN']],
    ['Sokh Dara', 'Sok Dara', 'spelling', ['KH']],
    ['Rizky', 'Muhammad Rizky', 'partial', ['ID']],
    ['Sari Permana', 'Sri Permana', 'typo', ['ID']],
    ['Kasmadi', 'Ksmadi', 'typo', ['ID']],
    ['Rizky Saputra', 'Rizky Saputri', 'typo', ['ID']],
    ['Rizky Saputra', 'Rizka Saputri', 'fuzzy', ['ID']],
    // Tuan is a Malay title and a Vietnamese given name: stripped only from Malay and Indonesian names.
    ['Tuan Van Pham', 'Pham Van Tuan', 'transliteration', ['VN']],
    ['Tuan Budi', 'Budi', 'exact', ['ID']],
    // Burmese names have no family name: another order is another name.
    ['Kyaw Min', 'Kyaw Min', 'exact', ['MM']],
    ['Kyaw Min', 'Min Kyaw', 'different', ['MM']],
    ['Kyaw Soe Myint', 'Soe Myint Kyaw', 'different', ['MM']],
    ['Wang Wei', 'Siti Aminah', 'different', ['ID']],
  ];
  it.each(cases)('%s / %s: %s', (a, b, expected, citizenship) => {
    expect(level('name', person(a, { citizenship }), person(b, { citizenship }))).toBe(expected);
  });
  it('has no evidence when a name has nothing comparable in it', () => {
    expect(level('name', person('—'), person('Budi'))).toBe('null');
  });
});

describe('birth comparison levels', () => {
  const dob = (birthDate: string) => person('A', { birthDate });
  it.each([
    ['1999-03-04', '1999-03-04', 'exact'],
    ['1999-03-04', '1999-04-03', 'swapped'],
    ['1999-03-04', '1999-03-07', 'typo'],
    ['1999-03-04', '1999-11-20', 'year'],
    ['1999-03-04', '1985-11-20', 'different'],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(level('birth', dob(a), dob(b))).toBe(expected);
  });
  it('holds an age against a birth date at each registration date', () => {
    const born = person('A', { birthDate: '2000-06-01' }, { registrationDate: '2026-01-10' });
    expect(level('birth', born, person('A', { age: 25 }, { registrationDate: '2026-01-10' }))).toBe('age');
    // 25 on 2026-01-10 and 26 after the June birthday: still one person.
    expect(level('birth', born, person('A', { age: 26 }, { registrationDate: '2026-07-01' }))).toBe('age');
    expect(level('birth', born, person('A', { age: 40 }))).toBe('different');
    expect(level('birth', born, person('A', { ageBand: '24-26' }))).toBe('band');
    expect(level('birth', born, person('A'))).toBe('null');
  });
});

describe('identifiers, citizenship, sex and exploitation', () => {
  const doc = (number: string) =>
    person('A', {}, { documents: [{ type: 'passport', number, status: 'held' }] });
  it('compares document numbers exactly, with typing errors, or not at all', () => {
    expect(level('document', doc('E12345678'), doc('e1234 5678'))).toBe('exact');
    expect(level('document', doc('E12345678'), doc('E12345679'))).toBe('typo');
    expect(level('document', doc('E12345678'), doc('E12354678'))).toBe('typo');
    expect(level('document', doc('E12345678'), doc('E99999000'))).toBe('different');
    expect(level('document', doc('E12345678'), person('A'))).toBe('null');
  });
  it('reads phones in E.164 and local forms as one number', () => {
    const phone = (p: string) => person('A', { phones: [p] });
    expect(level('phone', phone('+6281234567890'), phone('081234567890'))).toBe('exact');
    expect(level('phone', phone('+6281234567890'), phone('006281234567890'))).toBe('exact');
    expect(level('phone', phone('+6281234567890'), phone('+6281299999999'))).toBe('different');
    expect(level('phone', phone('+6281234567890'), person('A'))).toBe('null');
  });
  it('compares citizenship, sex and the story of exploitation', () => {
    expect(level('citizenship', person('A'), person('A', { citizenship: ['ID', 'MY'] }))).toBe('same');
    expect(level('citizenship', person('A'), person('A', { citizenship: ['VN'] }))).toBe('different');
    expect(level('sex', person('A', { sex: 'male' }), person('A', { sex: 'female' }))).toBe('different');
    expect(level('sex', person('A', { sex: 'male' }), person('A', { sex: 'unknown' }))).toBe('null');
    const held = (startDate: string, locality: string) =>
      person('A', {}, { exploitation: { country: 'KH', startDate, locality } });
    expect(level('exploitation', held('2025-05-01', 'Bavet'), held('2025-05-01', 'Bavet'))).toBe('date');
    // Both dates agreeing is stronger evidence than one: a level of its own.
    const story = (date: string, startDate: string) =>
      person('A', {}, { recruitment: { date }, exploitation: { country: 'KH', startDate } });
    expect(level('exploitation', story('2025-04-01', '2025-05-01'), story('2025-04-01', '2025-05-01'))).toBe(
      'dates',
    );
    expect(level('exploitation', story('2025-04-01', '2025-05-01'), held('2025-05-01', 'Bavet'))).toBe(
      'date',
    );
    // Dates told differently outweigh a shared place; a place counts only when no date can be compared.
    expect(level('exploitation', held('2025-05-01', 'Bavet'), held('2025-09-01', 'Bavet'))).toBe('different');
    const placeOnly = (locality: string) => person('A', {}, { exploitation: { country: 'KH', locality } });
    expect(level('exploitation', placeOnly('Bavet'), held('2025-09-01', 'Bavet'))).toBe('place');
    // One's recruitment date equal to the other's start date is no agreement.
    const recruited = person('A', {}, { recruitment: { date: '2025-05-01' } });
    expect(level('exploitation', recruited, held('2025-05-01', 'Bavet'))).toBe('null');
    expect(level('exploitation', held('2025-05-01', 'Bavet'), held('2025-09-01', 'Poipet'))).toBe(
      'different',
    );
  });
  it('tells a later episode (trafficked again after a registration) from a conflicting account', () => {
    const at = (registrationDate: string, startDate: string) =>
      person('A', {}, { registrationDate, exploitation: { country: 'KH', startDate } });
    expect(level('exploitation', at('2026-01-10', '2025-05-01'), at('2026-09-01', '2026-03-01'))).toBe(
      'later',
    );
    expect(level('exploitation', at('2026-01-10', '2025-05-01'), at('2026-01-20', '2025-07-01'))).toBe(
      'different',
    );
  });
});
