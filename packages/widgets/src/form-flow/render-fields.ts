/**
 * Renders a step's fields with D1's form controls. Every label, help text and option comes from the catalogues;
 * every answer is bound as a property, so whatever was typed (markup included) is only ever text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../shared/localize/index.js';
import { YES_NO } from './answer-text.js';
import type { FieldDef, GroupDef } from './field-def.js';
import { optionsFor } from './options.js';
import type { RawValue } from './parse-input.js';
import { fieldNameOf } from './paths.js';

export interface FieldView {
  name: string;
  value: RawValue | undefined;
  error: string;
  required: boolean;
}

export interface FieldContext {
  localize: LocalizeController;
  form: 'intake' | 'incident';
  view: (field: FieldDef, name: string) => FieldView;
  shown: (field: FieldDef) => boolean;
}

function labelOf(field: FieldDef, ctx: FieldContext): string {
  return ctx.localize.t(field.labelKey ?? `${ctx.form}.${field.key}.label`);
}

/** The help text, or '' when the catalogue has none (an empty string there means "no hint"). */
function hintOf(field: FieldDef, ctx: FieldContext): string {
  const key = field.helpKey ?? `${ctx.form}.${field.key}.help`;
  return ctx.localize.has(key) ? ctx.localize.t(key) : '';
}

export function summaryLabelOf(field: FieldDef, ctx: Pick<FieldContext, 'localize' | 'form'>): string {
  return ctx.localize.t(field.summaryKey ?? field.labelKey ?? `${ctx.form}.${field.key}.label`);
}

/** Whether the catalogue's label already says "(optional)": the control then does not say it twice. */
function saysOptional(label: string, ctx: FieldContext): boolean {
  return label.includes(ctx.localize.t('optional'));
}

const TEXT_TYPES = {
  text: { type: 'text', inputmode: '' },
  textarea: { type: 'textarea', inputmode: '' },
  date: { type: 'date', inputmode: '' },
  integer: { type: 'text', inputmode: 'numeric' },
  decimal: { type: 'text', inputmode: 'decimal' },
  tel: { type: 'tel', inputmode: 'tel' },
  url: { type: 'text', inputmode: 'url' },
} as const;

export function renderField(field: FieldDef, name: string, ctx: FieldContext): TemplateResult {
  const { value, error, required } = ctx.view(field, name);
  const label = labelOf(field, ctx);
  const common = {
    label,
    hint: hintOf(field, ctx),
    markOptional: !required && !saysOptional(label, ctx),
  };
  if (field.kind in TEXT_TYPES) {
    const { type, inputmode } = TEXT_TYPES[field.kind as keyof typeof TEXT_TYPES];
    const width = field.width ? `width-${field.width <= 4 ? 's' : field.width <= 12 ? 'm' : 'l'}` : '';
    return html`<hw-text-field
      class=${width || nothing}
      part="field"
      name=${name}
      type=${type}
      inputmode=${inputmode || nothing}
      autocomplete=${field.autocomplete ?? 'off'}
      .label=${common.label}
      .hint=${common.hint}
      .error=${error}
      .value=${typeof value === 'string' ? value : ''}
      ?required=${required}
      ?mark-optional=${common.markOptional}
    ></hw-text-field>`;
  }
  const type = field.kind === 'select' ? 'select' : field.kind === 'checkboxes' ? 'checkbox' : 'radio';
  const options =
    field.kind === 'yesno'
      ? YES_NO.map((o) => ({ value: o.value, label: ctx.localize.t(o.key) }))
      : optionsFor(field.options, ctx.localize.locale, (k) => ctx.localize.t(k));
  const chosen =
    type === 'checkbox' ? (Array.isArray(value) ? value : []) : typeof value === 'string' ? value : '';
  return html`<hw-choice-field
    part="field"
    name=${name}
    type=${type}
    .options=${options}
    .label=${common.label}
    .hint=${common.hint}
    .error=${error}
    .value=${chosen}
    ?inline=${field.kind === 'yesno'}
    ?required=${required}
    ?mark-optional=${common.markOptional}
  ></hw-choice-field>`;
}

export interface GroupActions {
  add: (group: GroupDef) => void;
  remove: (group: GroupDef, key: string) => void;
  items: (group: GroupDef) => string[];
  error: (group: GroupDef) => string;
  headingLevel: number;
}

/**
 * A repeated group (documents, sources): each item a fieldset with its own heading and remove button. Items are
 * rendered in order without keyed DOM (lit's `repeat`): every control's answer, label and message is bound from the
 * flow state by item key, so a fieldset reused for the next item after a removal shows that item's answers only.
 */
export function renderGroup(group: GroupDef, ctx: FieldContext, actions: GroupActions): TemplateResult {
  const keys = actions.items(group);
  const groupError = actions.error(group);
  const level = Math.min(6, actions.headingLevel);
  return html`<div class="group" part="group" data-group=${group.group}>
    ${
      groupError
        ? html`<p class="group-error" id=${group.group} tabindex="-1" part="error">
            <span class="visually-hidden">${ctx.localize.t('errorPrefix')}</span> ${groupError}
          </p>`
        : nothing
    }
    ${keys.map((key, index) => {
      const n = index + 1;
      const heading = ctx.localize.t(group.itemKey, { n });
      return html`<fieldset class="item" part="group-item" aria-labelledby=${`item-${key}`}>
          <div
            class="item-heading"
            role="heading"
            aria-level=${level}
            id=${`item-${key}`}
            tabindex="-1"
            part="group-heading"
          >
            ${heading}
          </div>
          ${group.fields.filter(ctx.shown).map((field) => renderField(field, fieldNameOf(field.key, [key]), ctx))}
          ${
            keys.length > 1 || group.initialItems === 0
              ? html`<button
                  type="button"
                  class="button secondary"
                  part="button remove-button"
                  data-remove=${key}
                  @click=${() => actions.remove(group, key)}
                >
                  ${ctx.localize.t(group.removeKey, { n })}
                </button>`
              : nothing
          }
        </fieldset>`;
    })}
    <button
      type="button"
      class="button secondary"
      part="button add-button"
      data-add=${group.group}
      @click=${() => actions.add(group)}
    >
      ${ctx.localize.t(group.addKey)}
    </button>
  </div>`;
}
