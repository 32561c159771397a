import { describe, expect, it } from 'vitest';
import { compareRecords, explainMatch, LOCALES, MATCH_LEVELS, matchMessages } from '../../src/index.js';
import { intake } from '../stats/fixtures.js';

const keys = Object.entries(MATCH_LEVELS).flatMap(([field, levels]) =>
  levels.filter((l) => l !== 'null').map((l) => `${field}_${l}`),
);

describe('explanations', () => {
  it.each(LOCALES)('%s has a phrase for every comparison level, and nothing else', (locale) => {
    const messages = matchMessages[locale] as Record<string, string>;
    expect(Object.keys(messages).sort()).toEqual([...keys, 'separator'].sort());
    for (const key of keys) expect(messages[key]!.trim().length).toBeGreaterThan(0);
  });

  const a = intake({
    person: { fullName: '王伟', citizenship: ['CN'], birthDate: '1999-03-04', phones: ['+8613912345678'] },
  });
  const b = intake({
    person: {
      fullName: 'Wang Wei',
      citizenship: ['CN'],
      birthDate: '1999-03-04',
      phones: ['+8613900000000'],
    },
  });
  const { comparisons } = compareRecords(a, b);

  it('says in words what agreed and what did not, strongest first, leaving out what is missing', () => {
    expect(explainMatch(comparisons, 'en')).toBe(
      'same birth date; names match as transliterations; different phone; same citizenship',
    );
    expect(explainMatch(comparisons, 'fr')).toContain('même date de naissance');
    expect(explainMatch(comparisons, 'id')).toContain('tanggal lahir sama');
    expect(explainMatch(comparisons, 'zh-Hans')).toContain('出生日期相同');
    expect(explainMatch(comparisons, 'km')).toContain('ថ្ងៃខែឆ្នាំកំណើតដូចគ្នា');
    expect(explainMatch(comparisons, 'xx')).toBe(explainMatch(comparisons, 'en'));
  });
});
