import { describe, expect, it } from 'vitest';
import { validateIntake as validateWithAllLocales } from '../../src/index.js';
import { messagesFor as allMessagesFor } from '../../src/validate/all-locales.js';
import { loadMessages, messagesFor, validateIntake } from '../../src/validate/index.js';

describe('validation messages in the lean browser entry', () => {
  it('speaks English until a locale is loaded, then that locale', async () => {
    expect(validateIntake(null, { locale: 'km' })).toMatchObject({
      ok: false,
      issues: [{ message: messagesFor('en').invalid_type }],
    });
    const km = await loadMessages('km-KH');
    expect(km).toEqual(allMessagesFor('km'));
    expect(validateIntake(null, { locale: 'km' })).toMatchObject({
      ok: false,
      issues: [{ message: km.invalid_type }],
    });
  });

  it('the package root knows every locale without loading', () => {
    const result = validateWithAllLocales(null, { locale: 'zh-CN' });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ message: allMessagesFor('zh-Hans').invalid_type }],
    });
    expect(allMessagesFor('zh-Hans').invalid_type).not.toBe(allMessagesFor('en').invalid_type);
  });

  it('an unknown locale loads English', async () => {
    expect(await loadMessages('tlh')).toBe(messagesFor('en'));
  });
});
