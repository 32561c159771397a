/** The in-form language switch: each language named in itself, so that a person finds their own. */
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../shared/localize/index.js';

const LANGUAGES = [
  ['en', 'English'],
  ['fr', 'Français'],
  ['id', 'Bahasa Indonesia'],
  ['zh-Hans', '简体中文'],
  ['km', 'ខ្មែរ'],
] as const;

export function renderLanguageSwitch(
  localize: LocalizeController,
  change: (event: Event) => void,
): TemplateResult {
  return html`<label class="language" part="language">
    ${localize.t('language')}
    <select class="language-select" part="language-select" @change=${change}>
      ${LANGUAGES.map(
        ([code, name]) =>
          html`<option value=${code} lang=${code} ?selected=${code === localize.locale}>${name}</option>`,
      )}
    </select>
  </label>`;
}
