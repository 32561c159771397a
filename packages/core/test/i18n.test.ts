import { describe, expect, it } from 'vitest';
import { intakeExamples } from '../src/examples/index.js';
import {
  allLabels,
  CONSENT_PURPOSES,
  consentKey,
  ILO_INDICATORS,
  INCIDENT_STEPS,
  INTAKE_STEPS,
  ISSUE_CODES,
  iloKey,
  incidentFieldCatalog,
  intakeFieldCatalog,
  type LabelCatalog,
  LOCALES,
  labelsEn,
  loadIncidentLabels,
  loadIntakeLabels,
  loadLabels,
  loadRecordLabels,
  messagesFor,
  optionKey,
  stepKey,
  VOCABULARIES,
  type VocabularyName,
  validateIntake,
} from '../src/index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const KHMER = /[\u1780-\u17FF]/;
const HAN = /[\u4E00-\u9FFF]/;
const fieldMeta = [...Object.values(intakeFieldCatalog), ...Object.values(incidentFieldCatalog)];
const isHelp = (key: string) => key.endsWith('.help');

describe('validation messages', () => {
  it.each(LOCALES)(
    '%s has a non-empty message for every issue code, with English’s placeholders',
    (locale) => {
      const messages = messagesFor(locale);
      expect(Object.keys(messages).sort()).toEqual([...ISSUE_CODES].sort());
      for (const code of ISSUE_CODES) {
        expect(messages[code].trim(), `${locale} ${code}`).not.toBe('');
        expect(placeholders(messages[code]), `${locale} ${code}`).toEqual(
          placeholders(messagesFor('en')[code]),
        );
      }
    },
  );

  it('each non-English catalogue is a translation, not a copy of English', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const same = ISSUE_CODES.filter((code) => messagesFor(locale)[code] === messagesFor('en')[code]);
      expect(same, locale).toEqual([]);
    }
    expect(Object.values(messagesFor('km')).every((m) => KHMER.test(m))).toBe(true);
    expect(Object.values(messagesFor('zh-Hans')).every((m) => HAN.test(m))).toBe(true);
  });

  it('resolves regional and legacy tags, and falls back to English', () => {
    expect(messagesFor('zh-CN')).toBe(messagesFor('zh-Hans'));
    expect(messagesFor('km-KH')).toBe(messagesFor('km'));
    expect(messagesFor('in')).toBe(messagesFor('id'));
    expect(messagesFor('fr-CA')).toBe(messagesFor('fr'));
    expect(messagesFor('xx-YY')).toBe(messagesFor('en'));
    expect(messagesFor(undefined)).toBe(messagesFor('en'));
  });

  it('validators answer in the requested language, with params filled in', () => {
    const record = structuredClone(intakeExamples[0]!) as unknown as {
      person: Record<string, unknown>;
    };
    record.person.fullName = ' ';
    const km = validateIntake(record, { locale: 'km-KH' });
    expect(km.ok).toBe(false);
    if (km.ok) return;
    expect(km.issues.find((i) => i.path.join('.') === 'person.fullName')?.message).toBe(
      messagesFor('km').required,
    );

    const mismatch = structuredClone(intakeExamples[0]!) as unknown as { person: Record<string, unknown> };
    delete mismatch.person.birthDate;
    Object.assign(mismatch.person, { age: 30, ageBand: '18-20' });
    for (const locale of LOCALES) {
      const result = validateIntake(mismatch, { locale });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      const issue = result.issues.find((i) => i.code === 'age_band_mismatch');
      expect(issue?.message, locale).toBe(
        messagesFor(locale).age_band_mismatch.replace('{expected}', '30-38'),
      );
    }
  });
});

describe('label catalogues', () => {
  it('English has a label and a help key for every field of both catalogues; labels are never empty', () => {
    for (const meta of fieldMeta) {
      expect(labelsEn[meta.labelKey]?.trim(), meta.labelKey).toBeTruthy();
      expect(typeof labelsEn[meta.helpKey], meta.helpKey).toBe('string');
    }
  });

  it('English labels every option, ILO indicator, step and consent purpose', () => {
    const expected: string[] = [];
    for (const [name, values] of Object.entries(VOCABULARIES) as [VocabularyName, readonly string[]][]) {
      for (const value of values) expected.push(optionKey(name, value as never));
    }
    for (const id of ILO_INDICATORS) expected.push(iloKey(id, 'short'), iloKey(id, 'long'));
    for (const step of INTAKE_STEPS)
      expected.push(stepKey('intake', step, 'title'), stepKey('intake', step, 'intro'));
    for (const step of INCIDENT_STEPS) {
      expected.push(stepKey('incident', step, 'title'), stepKey('incident', step, 'intro'));
    }
    for (const purpose of CONSENT_PURPOSES) {
      expected.push(consentKey(purpose, 'question'), consentKey(purpose, 'explain'));
    }
    for (const key of expected) expect(labelsEn[key]?.trim(), key).toBeTruthy();
    // Nothing else: every key in the catalogue is one some code asks for.
    const known = new Set([...expected, ...fieldMeta.flatMap((m) => [m.labelKey, m.helpKey])]);
    expect(Object.keys(labelsEn).filter((key) => !known.has(key))).toEqual([]);
  });

  it('builds keys by one rule', () => {
    expect(optionKey('SCAM_TYPES', 'romance')).toBe('option.SCAM_TYPES.romance');
    expect(optionKey('AGE_BANDS', '48+')).toBe('option.AGE_BANDS.48+');
    expect(iloKey('retentionOfDocuments', 'long')).toBe('ilo.retentionOfDocuments.long');
    expect(stepKey('incident', 'check-answers', 'intro')).toBe('step.incident.check-answers.intro');
    expect(consentKey('research', 'explain')).toBe('consent.research.explain');
  });

  // The vocabularies of the incident record; every other vocabulary names the intake record's options.
  const incidentVocabularies = new Set<VocabularyName>([
    'INCIDENT_TYPES',
    'DATE_PRECISIONS',
    'COORDINATE_PRECISIONS',
    'INCIDENT_OUTCOMES',
    'SOURCE_KINDS',
    'VERIFICATION_STATUSES',
    'VERIFICATION_METHODS',
  ]);
  // What no form asks (the forms fill it in themselves, or staff tools and exports name it), in the `records` part.
  const recordOnly = [
    /^intake\.(id|schemaVersion|registrationDate|office|channel|childProtection|status|departure\.incidentId)\./,
    /^intake\.consent\.\w+\.(date|withdrawnOn|partners)\./,
    /^incident\.(id|schemaVersion)\./,
    /^option\.(CHANNELS|CASE_STATUSES|NEEDS)\./,
  ];
  const parts = { intake: loadIntakeLabels, incident: loadIncidentLabels, records: loadRecordLabels };

  it('comes in three parts: what each form shows, and what only exports name; together every key once', async () => {
    const expected = { intake: new Set<string>(), incident: new Set<string>(), records: new Set<string>() };
    const add = (part: 'intake' | 'incident', ...keys: string[]) => {
      for (const key of keys) expected[recordOnly.some((re) => re.test(key)) ? 'records' : part].add(key);
    };
    for (const meta of Object.values(intakeFieldCatalog)) add('intake', meta.labelKey, meta.helpKey);
    for (const meta of Object.values(incidentFieldCatalog)) add('incident', meta.labelKey, meta.helpKey);
    for (const [name, values] of Object.entries(VOCABULARIES) as [VocabularyName, readonly string[]][]) {
      const part = incidentVocabularies.has(name) ? 'incident' : 'intake';
      for (const value of values) add(part, optionKey(name, value as never));
    }
    for (const id of ILO_INDICATORS) add('intake', iloKey(id, 'short'), iloKey(id, 'long'));
    for (const purpose of CONSENT_PURPOSES) {
      add('intake', consentKey(purpose, 'question'), consentKey(purpose, 'explain'));
    }
    for (const step of INTAKE_STEPS)
      add('intake', stepKey('intake', step, 'title'), stepKey('intake', step, 'intro'));
    for (const step of INCIDENT_STEPS) {
      add('incident', stepKey('incident', step, 'title'), stepKey('incident', step, 'intro'));
    }
    const loaded = { intake: {}, incident: {}, records: {} } as Record<keyof typeof parts, LabelCatalog>;
    for (const [part, load] of Object.entries(parts) as [keyof typeof parts, typeof loadLabels][]) {
      loaded[part] = await load('en');
      expect(Object.keys(loaded[part]).sort(), part).toEqual([...expected[part]].sort());
    }
    expect(labelsEn).toEqual({ ...loaded.intake, ...loaded.incident, ...loaded.records });
  });

  it.each(LOCALES)(
    '%s has exactly English’s keys in each part, and loadLabels merges them',
    async (locale) => {
      for (const [part, load] of Object.entries(parts)) {
        expect(Object.keys(await load(locale)).sort(), part).toEqual(Object.keys(await load('en')).sort());
      }
      expect(await loadLabels(locale)).toEqual({
        ...(await loadIntakeLabels(locale)),
        ...(await loadIncidentLabels(locale)),
        ...(await loadRecordLabels(locale)),
      });
    },
  );

  it.each(LOCALES)('%s has exactly English’s keys, none empty except help texts', async (locale) => {
    const labels = await loadLabels(locale);
    expect(Object.keys(labels).sort()).toEqual(Object.keys(labelsEn).sort());
    for (const [key, value] of Object.entries(labels)) {
      if (!isHelp(key)) expect(value.trim(), `${locale} ${key}`).not.toBe('');
      // A help text is either needed in every language or in none.
      expect(value === '', `${locale} ${key}`).toBe(labelsEn[key] === '');
    }
  });

  it.each(LOCALES)('%s asks ILO indicators and consent purposes as questions', async (locale) => {
    const labels = await loadLabels(locale);
    const questions = [
      ...ILO_INDICATORS.map((id) => iloKey(id, 'long')),
      ...CONSENT_PURPOSES.map((p) => consentKey(p, 'question')),
    ];
    for (const key of questions) expect(labels[key], `${locale} ${key}`).toMatch(/[?？]$/);
  });

  // Proper names read the same in every language; anything else equal to English was not translated.
  const sameEverywhere = new Set([
    ...['telegram', 'whatsapp', 'facebook', 'tiktok', 'wechat', 'line', 'instagram'].map(
      (v) => `option.PLATFORMS.${v}`,
    ),
    ...['telegram', 'whatsapp', 'wechat', 'line', 'signal'].map((v) => `option.MESSAGING_PLATFORMS.${v}`),
  ]);
  const sameAsEnglish: Record<string, string[]> = {
    fr: [
      'incident.location.coordinates.lat.label',
      'incident.location.coordinates.lon.label',
      'option.MESSAGING_PLATFORMS.facebook',
      'step.incident.sources.title',
    ],
    id: ['option.SOURCE_KINDS.video', 'option.MESSAGING_PLATFORMS.facebook'],
    'zh-Hans': [],
    km: [],
  };

  it.each(LOCALES.filter((l) => l !== 'en'))('%s is translated, not copied from English', async (locale) => {
    const labels = await loadLabels(locale);
    const allowed = new Set([...sameEverywhere, ...(sameAsEnglish[locale] ?? [])]);
    const copied = Object.keys(labels).filter((k) => labels[k] !== '' && labels[k] === labelsEn[k]);
    expect(copied.filter((k) => !allowed.has(k))).toEqual([]);
  });

  it('Khmer is in Khmer script and Chinese in Han characters', async () => {
    const check = (labels: LabelCatalog, script: RegExp) =>
      Object.entries(labels).filter(([k, v]) => v !== '' && !sameEverywhere.has(k) && !script.test(v));
    expect(check(await loadLabels('km'), KHMER)).toEqual([]);
    expect(check(await loadLabels('zh-Hans'), HAN)).toEqual([]);
  });

  it('resolves regional and legacy tags, and falls back to English', async () => {
    expect(await loadLabels('zh-CN')).toBe(await loadLabels('zh-Hans'));
    expect(await loadLabels('zh-TW')).toBe(await loadLabels('zh-Hans'));
    expect(await loadLabels('km-KH')).toBe(await loadLabels('km'));
    expect(await loadLabels('in')).toBe(await loadLabels('id'));
    expect(await loadLabels('de')).toBe(labelsEn);
    expect(await loadLabels('')).toBe(labelsEn);
    expect((await loadLabels('km-KH'))[iloKey('retentionOfDocuments', 'long')]).toMatch(KHMER);
    expect((await loadLabels('in'))['intake.person.fullName.label']).toMatch(/nama/i);
    expect((await loadLabels('fr-FR'))['intake.person.fullName.label']).toMatch(/nom/i);
    expect(await loadIntakeLabels('zh-CN')).toBe(await loadIntakeLabels('zh-Hans'));
    expect(await loadIncidentLabels('km-KH')).toBe(await loadIncidentLabels('km'));
    expect((await loadIncidentLabels('in'))['incident.summary.label']).toBe(
      (await loadLabels('id'))['incident.summary.label'],
    );
    expect(await loadIntakeLabels('de')).toBe(await loadIntakeLabels('en'));
    expect(await loadRecordLabels('fr-CA')).toBe(await loadRecordLabels('fr'));
  });

  it('allLabels gives every locale its own catalogue', async () => {
    const all = await allLabels();
    expect(Object.keys(all)).toEqual([...LOCALES]);
    for (const locale of LOCALES) expect(all[locale]).toBe(await loadLabels(locale));
    expect(new Set(LOCALES.map((l) => all[l]['step.intake.about-you.title'])).size).toBe(LOCALES.length);
  });
});

describe('labels that a summary reads side by side', () => {
  it('never name the ILO deception indicator with the word used for a scam', async () => {
    for (const locale of LOCALES) {
      const labels = await loadIntakeLabels(locale);
      const deception = labels[iloKey('deception', 'short')]!.toLowerCase();
      for (const value of VOCABULARIES.SCAM_TYPES) {
        const scam = labels[optionKey('SCAM_TYPES', value)]!.toLowerCase();
        const firstWord = scam.split(/\s+/)[0]!;
        if (firstWord.length > 3) expect(deception, `${locale}: ${scam}`).not.toContain(firstWord);
      }
    }
  });

  it('mark an optional question with the one word the form controls use, so it is never said twice', async () => {
    // The form controls add "(opsional)" unless the label already holds it; another word meant two markers.
    const labels = await loadIntakeLabels('id');
    for (const [key, label] of Object.entries(labels)) {
      if (key.endsWith('.label')) expect(label, key).not.toMatch(/tidak wajib/i);
    }
  });
});
