import { describe } from 'vitest';
import { itTranslatesEveryKey } from '../../testing/catalogue-suite.js';
import { en } from './en.js';
import { loadUiStrings } from './index.js';

describe('UI strings', () => {
  itTranslatesEveryKey(en, loadUiStrings);
});
