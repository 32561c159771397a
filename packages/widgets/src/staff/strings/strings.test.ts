import { describe, expect, it } from 'vitest';
import { itTranslatesEveryKey } from '../../shared/testing/catalogue-suite.js';
import { en } from './en.js';
import { loadStaffLabels, loadStaffStrings } from './index.js';

describe('staff strings', () => {
  itTranslatesEveryKey(en, loadStaffStrings);

  it('the catalogue carries core’s status labels in the locale', async () => {
    const fr = await loadStaffLabels('fr');
    expect(fr['option.CASE_STATUSES.documents_issued']).toBeTruthy();
    expect(fr['option.CASE_STATUSES.documents_issued']).not.toBe('Documents issued');
    expect(fr['staff.signIn.submit']).toBe('Se connecter');
  });
});
