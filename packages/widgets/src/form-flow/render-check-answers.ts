/**
 * The check-answers step (GOV.UK "summary list"): every question asked, the answer as the person will read it, and a
 * change button that goes back to that question. Answers render as text, whatever they contain.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../shared/localize/index.js';
import { answerText } from './answer-text.js';
import { type FieldDef, type FormDef, isGroup, type StepDef } from './field-def.js';
import type { FlowState } from './flow-state.js';
import { fieldNameOf } from './paths.js';
import { summaryLabelOf } from './render-fields.js';

export interface CheckAnswersContext {
  localize: LocalizeController;
  def: FormDef;
  state: FlowState;
  /** Item keys of the repeated items that have answers. */
  filled: (group: string) => string[];
  shown: (field: FieldDef) => boolean;
  change: (step: string, name: string) => void;
  /** A reason to show with an answer (the server's), or ''. */
  error: (name: string) => string;
  headingLevel: number;
}

function row(field: FieldDef, name: string, step: StepDef, ctx: CheckAnswersContext): TemplateResult {
  const label = summaryLabelOf(field, { localize: ctx.localize, form: ctx.def.form });
  const error = ctx.error(name);
  return html`<div class="row" part="summary-row">
    <dt part="summary-key">${label}</dt>
    <dd part="summary-value" class=${field.kind === 'textarea' ? 'multiline' : nothing}>
      ${answerText(field, ctx.state.values[name], ctx.localize)}
      ${
        error
          ? html`<p class="row-error" part="error">
              <span class="visually-hidden">${ctx.localize.t('errorPrefix')}</span> ${error}
            </p>`
          : nothing
      }
    </dd>
    <dd class="row-actions">
      <button type="button" class="link" part="change-link" id=${`change-${name}`} data-change=${name}
        @click=${() => ctx.change(step.id, name)}>
        ${ctx.localize.t('change')}<span class="visually-hidden"> ${label}</span>
      </button>
    </dd>
  </div>`;
}

interface Block {
  heading?: string;
  rows: TemplateResult[];
}

function stepSection(step: StepDef, ctx: CheckAnswersContext): TemplateResult {
  const level = Math.min(6, ctx.headingLevel);
  const blocks: Block[] = [{ rows: [] }];
  for (const item of step.items) {
    if (!isGroup(item)) {
      if (ctx.shown(item)) blocks[0]!.rows.push(row(item, item.key, step, ctx));
      continue;
    }
    const filled = ctx.filled(item.group);
    if (filled.length === 0) {
      const label = ctx.localize.t(item.itemKey, { n: 1 });
      blocks[0]!.rows.push(html`<div class="row" part="summary-row">
        <dt part="summary-key">${label}</dt>
        <dd part="summary-value">${ctx.localize.t('flow.sectionEmpty')}</dd>
        <dd class="row-actions">
          <button type="button" class="link" part="change-link" id=${`change-${item.group}`} data-change=${item.group}
            @click=${() => ctx.change(step.id, item.group)}>
            ${ctx.localize.t('change')}<span class="visually-hidden"> ${label}</span>
          </button>
        </dd>
      </div>`);
      continue;
    }
    filled.forEach((key, index) => {
      blocks.push({
        heading: ctx.localize.t(item.itemKey, { n: index + 1 }),
        rows: item.fields
          .filter(ctx.shown)
          .map((field) => row(field, fieldNameOf(field.key, [key]), step, ctx)),
      });
    });
  }
  return html`<section class="answers" part="summary-section" aria-labelledby=${`answers-${step.id}`}>
    <div role="heading" aria-level=${level} class="answers-title" id=${`answers-${step.id}`} part="summary-title">
      ${ctx.localize.t(`step.${ctx.def.form}.${step.id}.title`)}
    </div>
    ${blocks
      .filter((b) => b.rows.length > 0)
      .map(
        (b) => html`${
          b.heading
            ? html`<div role="heading" aria-level=${Math.min(6, level + 1)} class="item-title" part="summary-item-title">
                ${b.heading}
              </div>`
            : nothing
        }
          <dl class="summary-list" part="summary-list">${b.rows}</dl>`,
      )}
  </section>`;
}

export function renderCheckAnswers(ctx: CheckAnswersContext): TemplateResult {
  return html`${ctx.def.steps.filter((s) => s.items.length > 0).map((step) => stepSection(step, ctx))}`;
}
