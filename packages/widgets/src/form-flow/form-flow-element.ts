/**
 * What the intake and incident forms share: a multi-step form in the GOV.UK pattern (one topic per step, an error
 * summary that takes focus, inline messages in the same words, check your answers, a confirmation), validated by
 * core, saved encrypted on every change, and submitted through D1's outbox. A form subclass only says which record
 * it asks for (steps, schema, validator, rules, the fields it fills in itself, and `static labels`: its part of core's
 * label catalogue with the flow's strings, so a page with one form never downloads the other's labels).
 */
import type { ValidationIssue } from '@homeward/core';
import { loadMessages } from '@homeward/core/validate';
import { html, type LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { HwChoiceField } from '../form-controls/choice-field/choice-field.js';
import { type ErrorSummaryItem, HwErrorSummary } from '../form-controls/error-summary/error-summary.js';
import { HwTextField } from '../form-controls/text-field/text-field.js';
import { HomewardElement } from '../shared/homeward-element.js';
import type { Outbox, OutboxSubmission } from '../shared/storage/outbox.js';
import { focusRing, visuallyHidden } from '../shared/theme/utilities.styles.js';
import { type BuiltRecord, buildRecord, isShown } from './build-record.js';
import { type FieldDef, type FormDef, type GroupDef, isGroup, type StepDef } from './field-def.js';
import { type FlowConfig, resolveForm, tokenSet } from './flow-config.js';
import { type FlowDraft, FlowPersistence } from './flow-persistence.js';
import { addItem, emptyState, type FlowState, removeItem, restoreState, setValue } from './flow-state.js';
import { formFlowStyles } from './form-flow.styles.js';
import { type PlacedIssue, placeIssues } from './issue-map.js';
import { LazyPart } from './lazy-part.js';
import { OutboxController } from './outbox-controller.js';
import type { RawValue } from './parse-input.js';
import type { RuleCheck } from './partial-rules.js';
import { fieldNameOf, getAt, splitKey } from './paths.js';
import { renderCheckAnswers } from './render-check-answers.js';
import { renderDiscard, renderSaved } from './render-draft.js';
import {
  type FieldContext,
  type FieldView,
  renderField,
  renderGroup,
  summaryLabelOf,
} from './render-fields.js';
import { renderLanguageSwitch } from './render-language-switch.js';
import type { SubmissionView } from './render-submission.js';
import { fieldShape } from './schema-shape.js';
import { stateFromRecord } from './state-from-record.js';
import { type FlowValidation, issuesOfStep, type Validator, validateFlow } from './validate-flow.js';

const CHECK = 'check-answers';

/** Today on this device's calendar, as `YYYY-MM-DD`. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface HwSubmitDetail<T> {
  /** The record, validated by core. */
  record: T;
}

export abstract class FormFlowElement<T extends { id: string }> extends HomewardElement {
  /** Shows core's validation messages in the form's locale. */
  static override messages = loadMessages;

  static override dependencies: Record<string, CustomElementConstructor> = {
    'hw-text-field': HwTextField,
    'hw-choice-field': HwChoiceField,
    'hw-error-summary': HwErrorSummary,
  };
  static override styles = [HomewardElement.styles, focusRing, visuallyHidden, formFlowStyles];

  /** The office registering the record (intake `office`); also separates drafts of different offices. */
  @property() office = '';
  /** Where to POST the record as JSON. Without one, the page handles `hw-submit` itself. */
  @property() endpoint = '';
  /** Hours a draft is kept on this device after its last change. */
  @property({ type: Number, attribute: 'draft-ttl' }) draftTtl = 24;
  /** Separates the drafts of two forms of the same kind on one site. Set it before the form is connected. */
  @property({ attribute: 'draft-key' }) draftKey = '';
  /** Optional fields or sections to ask on top of the defaults: catalogue keys, sections or step ids. */
  @property() ask = '';
  /** Optional fields, sections or steps not to ask. Fields the schema requires are always asked. */
  @property() skip = '';
  /** Fields this deployment requires on top of the schema. */
  @property() require = '';
  /** The level of the step headings in the page's outline (2 under a page's h1). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Hides the in-form language switch (the page's `lang` still applies). */
  @property({ type: Boolean, attribute: 'no-language-switch' }) noLanguageSwitch = false;

  @state() protected flow: FlowState | undefined;
  @state() protected stepId = '';
  @state() private phase: 'loading' | 'form' | 'done' = 'loading';
  /** Inline messages shown, by field name. */
  @state() private shown = new Map<string, string>();
  @state() private summary: ErrorSummaryItem[] = [];
  /** The server's reasons for refusing a submission, by field name, until the person changes that answer. */
  @state() private serverReasons = new Map<string, string>();
  /** A summary refreshed for a language switch does not steal focus from the switch. */
  @state() private quietSummary = false;
  @state() private setupIssues: ValidationIssue[] = [];
  @state() private submittedId: string | undefined;
  @state() private handedOver = false;
  @state() private savedAt: number | undefined;
  @state() private notice: '' | 'draftRestored' | 'draftDiscarded' = '';
  /** New inline messages, for screen readers (a polite live region). */
  @state() private announcement = '';

  @query('.title') private titleEl!: HTMLElement | null;
  @query('dialog[part~="dialog"]') private dialog!: HTMLDialogElement | null;

  protected recordId: string = crypto.randomUUID();
  protected startedOn: string = today();
  #returnToCheck = false;
  #resolved: FormDef | undefined;
  #config: FlowConfig = { ask: new Set(), skip: new Set(), require: new Set() };
  #built: BuiltRecord | undefined;
  #persistence: FlowPersistence | undefined;
  #pendingFocus: string | undefined;
  #renderedLocale: string | undefined;
  #chosenLang: string | undefined;
  #shownSetFor = '';
  readonly #outbox = new OutboxController(this, (submission) => {
    if (submission.id === this.submittedId && submission.state === 'rejected')
      void this.#placeServerIssues(submission);
  });
  /** Shown only once something is sent or waits on this device, or a case number comes back: loaded then. */
  readonly #afterSend = new LazyPart(this, () => import('./after-send.js'));
  readonly #qrMatrix = new LazyPart(this, () => import('./qr-matrix.js'));

  /** The steps and fields this form asks. */
  protected abstract get definition(): FormDef;
  /** Core's zod schema of the record: which fields and sections are optional. */
  protected abstract get schema(): unknown;
  protected abstract get validator(): Validator<T>;
  /** Core's cross-field rules, to report them step by step. */
  protected abstract get rules(): RuleCheck;
  /** What the rules need to read a record still being filled in. */
  protected get ruleDefaults(): Record<string, unknown> {
    return {};
  }
  /** The fields the form fills in itself (id, version, dates, office). */
  protected abstract baseRecord(): Record<string, unknown>;
  /** Takes a record's own fields (id, dates) when a stored record is reopened. */
  protected adopt(record: Record<string, unknown>): void {
    if (typeof record.id === 'string') this.recordId = record.id;
  }

  // ── Public API ──

  /** The id of the current step. */
  get step(): string {
    return this.stepId;
  }

  /** The steps asked, in order (after the deployment's `ask` and `skip`). */
  get steps(): string[] {
    return this.form.steps.map((s) => s.id);
  }

  /** Resolves once the saved draft (if any) is restored and the form is shown. */
  get ready(): Promise<void> {
    return this.#readyPromise;
  }

  /** Resolves once every change so far is saved (encrypted) on this device. */
  async saved(): Promise<void> {
    await this.#persistence?.settled();
  }

  /** Goes to a step, as the person would with "Continue" and "Back" (without validating). */
  goTo(step: string): void {
    if (!this.form.steps.some((s) => s.id === step)) return;
    this.#moveTo(step);
  }

  /** Deletes the draft on this device and starts again with an empty form (after the person confirmed). */
  async discardDraft(): Promise<void> {
    await this.#persistence?.clear();
    this.reset();
    this.notice = 'draftDiscarded';
  }

  /** Starts again with an empty form and a new record id. The saved draft is replaced on the next change. */
  reset(): void {
    this.flow = emptyState(this.definition);
    this.recordId = crypto.randomUUID();
    this.startedOn = today();
    this.#returnToCheck = false;
    this.shown = new Map();
    this.serverReasons = new Map();
    this.summary = [];
    this.setupIssues = [];
    this.submittedId = undefined;
    // Delivered submissions are done with; ones still waiting stay in view.
    this.#outbox.dropDelivered();
    this.handedOver = false;
    this.notice = '';
    this.phase = 'form';
    this.#moveTo(this.form.steps[0]?.id ?? CHECK);
  }

  /** Opens a record for editing (a record refused by the server, or one kept elsewhere). */
  edit(record: T): void {
    this.flow = stateFromRecord(this.definition, record);
    this.adopt(record as unknown as Record<string, unknown>);
    this.phase = 'form';
    this.#returnToCheck = false;
    this.#moveTo(CHECK);
    this.#persist();
  }

  // ── Lifecycle ──

  #readyResolve!: () => void;
  #readyPromise = new Promise<void>((resolve) => {
    this.#readyResolve = resolve;
  });

  private get form(): FormDef {
    if (!this.#resolved) this.#resolved = resolveForm(this.definition, this.#config, this.schema);
    return this.#resolved;
  }

  get #namespace(): string {
    return `${this.definition.form}:${this.draftKey || this.office || 'default'}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#persistence || this.#persistence.namespace !== this.#namespace) {
      this.#persistence?.disconnect();
      this.#persistence = new FlowPersistence(this.#namespace, this.draftTtl * 3_600_000, (savedAt) => {
        this.savedAt = savedAt;
      });
      void this.#restore();
    }
    if (this.endpoint) this.#connectOutbox();
    void this.#persistence.drafts.purgeExpired().catch(() => 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#persistence?.disconnect();
  }

  async #restore(): Promise<void> {
    const draft = await this.#persistence?.load();
    if (draft) {
      this.flow = restoreState(this.definition, draft.state);
      this.recordId = draft.recordId;
      this.startedOn = draft.startedOn;
      this.#returnToCheck = draft.returnToCheck ?? false;
      if (draft.lang) {
        this.#chosenLang = draft.lang;
        this.lang = draft.lang;
      }
      this.stepId = this.form.steps.some((s) => s.id === draft.step) ? draft.step : '';
      this.notice = 'draftRestored';
    } else if (!this.flow) {
      this.flow = emptyState(this.definition);
    }
    if (!this.stepId) this.stepId = this.form.steps[0]?.id ?? CHECK;
    this.phase = 'form';
    await this.updateComplete;
    this.#readyResolve();
  }

  #connectOutbox(): Outbox | undefined {
    return this.#persistence ? this.#outbox.connect(this.#persistence, this.endpoint) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('ask') || changed.has('skip') || changed.has('require')) {
      this.#config = { ask: tokenSet(this.ask), skip: tokenSet(this.skip), require: tokenSet(this.require) };
      this.#resolved = undefined;
      if (this.stepId && !this.form.steps.some((s) => s.id === this.stepId)) {
        this.stepId = this.form.steps[0]?.id ?? CHECK;
      }
    }
    if (changed.has('endpoint') && this.isConnected && this.endpoint && this.#persistence)
      this.#connectOutbox();
    if (this.flow) this.#built = buildRecord(this.form, this.flow, this.baseRecord(), this.schema);
    const locale = this.localize.locale;
    if (this.#renderedLocale && locale !== this.#renderedLocale) {
      // Core's messages change at once; the questions naming them once the new labels have loaded.
      this.#translateMessages();
      void this.localize.ready.then(() => {
        if (this.localize.locale === locale) this.#translateMessages();
      });
    }
    this.#renderedLocale = locale;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The confirmation's heading takes focus once its module has come (it was asked for on send).
    if (this.#pendingFocus && !(this.#pendingFocus === 'panel' && !this.#afterSend.get())) {
      const target = this.#pendingFocus;
      this.#pendingFocus = undefined;
      void this.#focusTarget(target);
    }
  }

  async #focusTarget(target: string): Promise<void> {
    const root = this.renderRoot as ShadowRoot;
    if (target === 'title') {
      this.titleEl?.focus();
      return;
    }
    if (target === 'panel') {
      root.querySelector<HTMLElement>('.panel-title')?.focus();
      return;
    }
    const el =
      root.getElementById(target) ??
      root.querySelector<HTMLElement>(`[name="${CSS.escape(target)}"]`) ??
      null;
    if (!el) {
      this.titleEl?.focus();
      return;
    }
    await (el as LitElement).updateComplete;
    el.focus();
    el.scrollIntoView?.({ block: 'center' });
  }

  // ── Answers, validation, messages ──

  #validation(): FlowValidation<T> {
    return validateFlow(this.form, this.flow ?? emptyState(this.definition), {
      base: this.baseRecord(),
      schema: this.schema,
      validate: this.validator,
      locale: this.localize.locale,
      config: this.#config,
      rules: this.rules,
      ruleDefaults: this.ruleDefaults,
    });
  }

  get #currentStep(): StepDef {
    return this.form.steps.find((s) => s.id === this.stepId) ?? this.form.steps[0]!;
  }

  /** Whether a field must be answered now: required by the schema (once its section is started) or the deployment. */
  #requiredNow(field: FieldDef, name: string): boolean {
    if (this.#config.require.has(field.key)) return true;
    const shape = fieldShape(this.schema, field.key);
    if (!shape || shape.optional) return false;
    if (!shape.section) return true;
    if (shape.section.endsWith('[]')) {
      const group = shape.section.slice(0, -2);
      const item = name.slice(group.length + 1).split('.')[0] ?? '';
      return this.#built?.itemsAt[group]?.includes(item) ?? false;
    }
    return getAt(this.#built?.record, splitKey(shape.section)) !== undefined;
  }

  #persist(): void {
    if (!this.flow || !this.#persistence || this.phase === 'done') return;
    // Nothing answered yet: nothing to keep (and a discarded draft stays discarded).
    if (Object.keys(this.flow.values).length === 0 && !this.#chosenLang) return;
    const draft: FlowDraft = {
      v: 1,
      state: this.flow,
      step: this.stepId,
      recordId: this.recordId,
      startedOn: this.startedOn,
      returnToCheck: this.#returnToCheck,
      ...(this.#chosenLang ? { lang: this.#chosenLang } : {}),
    };
    void this.#persistence.save(draft);
  }

  #onAnswer(event: CustomEvent<{ name: string; value: RawValue }>): void {
    if (!this.flow) return;
    const { name, value } = event.detail;
    this.flow = setValue(this.flow, name, Array.isArray(value) ? [...value] : String(value ?? ''));
    this.notice = '';
    if (this.serverReasons.has(name)) {
      const reasons = new Map(this.serverReasons);
      reasons.delete(name);
      this.serverReasons = reasons;
    }
    this.#persist();
    // A choice is made at once: a message it answers goes at once too.
    if (event.type === 'hw-change' && this.shown.has(name)) this.#recheck(name);
  }

  #onBlur(event: CustomEvent<{ name: string }>): void {
    this.#recheck(event.detail.name, true);
  }

  /**
   * Validates after a field is left: shows its issue (not "required" for a field merely passed by), and updates or
   * clears the messages already shown on this step, since one answer can settle another's (dates in order).
   */
  #recheck(name: string, leaving = false): void {
    if (!this.flow) return;
    const issues = this.#validation().issues.byName;
    const next = new Map(this.shown);
    for (const shownName of this.shown.keys()) {
      const issue = issues.get(shownName);
      if (issue) next.set(shownName, this.#message(issue));
      else next.delete(shownName);
    }
    if (leaving) {
      // The field left, and any answered field of this step that a rule now questions (an age that no longer
      // matches the date of birth just given). A required field merely passed by waits for "Continue".
      for (const placed of issues.values()) {
        if (placed.step !== this.stepId || next.has(placed.name)) continue;
        if (
          placed.name === name
            ? placed.issue.code !== 'required' || this.#answered(name)
            : this.#answered(placed.name)
        ) {
          next.set(placed.name, this.#message(placed));
        }
      }
    }
    // A message that appears as a field is left is read out too: its text sits next to a field the person has left.
    const appeared = [...next].filter(([n, message]) => this.shown.get(n) !== message);
    this.announcement = appeared.map(([n, message]) => this.#aboutQuestion(n, message)).join(' ');
    this.shown = next;
  }

  #answered(name: string): boolean {
    const value = this.flow?.values[name];
    return value !== undefined && (Array.isArray(value) ? value.length > 0 : value.trim() !== '');
  }

  /**
   * Core's message, with a field path it quotes (`date_order`'s `{after}`: `recruitment.date`) replaced by that
   * question's label, so the person reads which answer is meant.
   */
  #message(placed: PlacedIssue): string {
    const after = placed.issue.params?.after;
    if (typeof after !== 'string') return placed.issue.message;
    const key = `${this.definition.form}.${after.replace(/\.\d+(?=\.|$)/g, '[]')}.label`;
    return this.localize.has(key)
      ? placed.issue.message.split(after).join(this.localize.t(key))
      : placed.issue.message;
  }

  /**
   * The question a field name asks, as the person reads it: its label, with the item's heading for a repeated item
   * ("Source 2: Web address"), or the step's title for a whole list.
   */
  #questionOf(name: string): string {
    const ctx = { localize: this.localize, form: this.definition.form };
    for (const step of this.form.steps) {
      for (const item of step.items) {
        if (!isGroup(item)) {
          if (item.key === name) return summaryLabelOf(item, ctx);
          continue;
        }
        if (name === item.group) return this.localize.t(`step.${this.definition.form}.${step.id}.title`);
        const keys = this.flow?.items[item.group] ?? [];
        for (const [index, key] of keys.entries()) {
          const field = item.fields.find((f) => fieldNameOf(f.key, [key]) === name);
          if (field)
            return `${this.localize.t(item.itemKey, { n: index + 1 })}: ${summaryLabelOf(field, ctx)}`;
        }
      }
    }
    return name;
  }

  /** A message led by the question it is about: "Source 2: Web address — Enter a web address…". */
  #aboutQuestion(name: string, message: string): string {
    return `${this.#questionOf(name)} — ${message}`;
  }

  /**
   * Shows a step's issues inline and in the error summary (which then takes focus). Core's messages are written per
   * kind of problem ("Answer this question to continue."), so each summary entry starts with the question it is about:
   * two entries never read the same, and each says which answer to fix (WCAG 3.3.1).
   */
  #showIssues(issues: PlacedIssue[], quiet = false): void {
    this.shown = new Map(issues.map((p) => [p.name, this.#message(p)]));
    this.#shownSetFor = this.stepId;
    this.quietSummary = quiet;
    this.summary = issues.map((p) => ({
      message: this.#aboutQuestion(p.name, this.#message(p)),
      target: p.name,
    }));
  }

  /** After a language switch: the same issues, in the new language. */
  #translateMessages(): void {
    if (!this.flow) return;
    const result = this.#validation();
    if (this.shown.size > 0) {
      const next = new Map<string, string>();
      for (const name of this.shown.keys()) {
        const issue = result.issues.byName.get(name);
        if (issue) next.set(name, this.#message(issue));
      }
      this.shown = next;
    }
    // A summary of field issues is rewritten; one of the server's reasons stays in the server's words.
    if (this.summary.length > 0 && !this.summary.some((item) => String(item.target).startsWith('change-'))) {
      const targets = this.summary.map((item) => item.target as string);
      const issues = targets.flatMap((t) => {
        const issue = result.issues.byName.get(t);
        return issue ? [issue] : [];
      });
      this.#showIssues(issues, true);
    }
    if (this.setupIssues.length > 0) this.setupIssues = result.issues.unplaced;
  }

  /** The server's reasons on their fields (read by the confirmation's module, which the send already asked for). */
  async #placeServerIssues(submission: OutboxSubmission): Promise<void> {
    const parts = await this.#afterSend.loaded();
    if (!this.flow || !parts) return;
    const placed = placeIssues(
      parts.serverIssues(submission.response),
      this.form,
      this.flow,
      this.#built?.itemsAt ?? {},
    );
    this.serverReasons = new Map([...placed.byName].map(([name, p]) => [name, p.issue.message]));
  }

  // ── Navigation ──

  #moveTo(step: string, focus = 'title'): void {
    this.stepId = step;
    this.announcement = '';
    this.summary = [];
    this.setupIssues = [];
    if (this.#shownSetFor !== step) this.shown = new Map();
    this.#pendingFocus = focus;
    this.#persist();
  }

  #next(): void {
    if (!this.flow) return;
    const step = this.#currentStep;
    if (step.id === CHECK) {
      void this.#submit();
      return;
    }
    const issues = issuesOfStep(this.form, this.flow, this.#validation().issues, step.id);
    if (issues.length > 0) {
      this.#showIssues(issues);
      return;
    }
    this.#shownSetFor = '';
    const index = this.form.steps.indexOf(step);
    const following = this.#returnToCheck ? CHECK : (this.form.steps[index + 1]?.id ?? CHECK);
    if (following === CHECK) this.#returnToCheck = false;
    this.#moveTo(following);
  }

  #back(): void {
    const index = this.form.steps.indexOf(this.#currentStep);
    const previous = this.form.steps[index - 1];
    if (!previous) return;
    this.#returnToCheck = false;
    this.#shownSetFor = '';
    this.#moveTo(previous.id);
  }

  #change(step: string, name: string): void {
    this.#returnToCheck = true;
    this.#shownSetFor = '';
    this.#moveTo(step, name);
  }

  /** A reason listed on check answers links to its change button: following it goes straight to the question. */
  #onErrorLink(event: CustomEvent<{ target: HTMLElement }>): void {
    if (event.detail.target.dataset.change === undefined) return;
    event.preventDefault();
    event.detail.target.click();
  }

  /** Enter in a one-line answer continues, as it submits a page's form (a textarea keeps its new lines). */
  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    const origin = event.composedPath()[0];
    if (origin instanceof HTMLInputElement && !['button', 'submit', 'reset'].includes(origin.type)) {
      event.preventDefault();
      // Let the field's own input event land first.
      queueMicrotask(() => this.#next());
    }
  }

  // ── Repeated items ──

  #addItem(group: GroupDef): void {
    if (!this.flow) return;
    const { state: next, key } = addItem(this.flow, group.group);
    this.flow = next;
    const first = group.fields.find((f) => isShown(this.form, next, f));
    this.#pendingFocus = first ? fieldNameOf(first.key, [key]) : undefined;
    this.#persist();
  }

  #removeItem(group: GroupDef, key: string): void {
    if (!this.flow) return;
    const keys = this.flow.items[group.group] ?? [];
    const index = keys.indexOf(key);
    this.flow = removeItem(this.flow, group.group, key);
    const prefix = `${group.group}.${key}.`;
    this.shown = new Map([...this.shown].filter(([name]) => !name.startsWith(prefix)));
    // Focus goes to the item before (or the add button), never lost to the page's top.
    const before = keys[index - 1] ?? keys[index + 1];
    this.#pendingFocus = before ? `item-${before}` : undefined;
    if (!before) {
      const add = (this.renderRoot as ShadowRoot).querySelector<HTMLElement>(
        `[data-add="${CSS.escape(group.group)}"]`,
      );
      queueMicrotask(() => add?.focus());
    }
    this.#persist();
  }

  // ── Submitting ──

  async #submit(): Promise<void> {
    if (!this.flow) return;
    const { value, issues } = this.#validation();
    if (value === undefined) {
      const first = this.form.steps.find((s) => issuesOfStep(this.form, this.flow!, issues, s.id).length > 0);
      if (first) {
        this.#returnToCheck = true;
        this.#moveTo(first.id);
        this.#showIssues(issuesOfStep(this.form, this.flow, issues, first.id));
      } else {
        this.setupIssues = issues.unplaced;
        this.quietSummary = false;
        this.summary = issues.unplaced.map((i) => ({ message: `${i.path.join('.')}: ${i.message}` }));
      }
      return;
    }
    const proceed = this.dispatchEvent(
      new CustomEvent<HwSubmitDetail<T>>('hw-submit', {
        detail: { record: value },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    if (!proceed) return;
    // Fetched while the connection is still there (or from the service worker's cache): the confirmation and the
    // outbox panel, and the case number's QR code.
    this.#afterSend.preload();
    if (this.endpoint) this.#qrMatrix.preload();
    const outbox = this.endpoint ? (this.#persistence?.outbox ?? this.#connectOutbox()) : undefined;
    this.phase = 'done';
    this.#pendingFocus = 'panel';
    if (outbox) {
      const submission = await outbox.enqueue(value);
      this.submittedId = submission.id;
      if (!this.#outbox.submissions.has(submission.id)) this.#outbox.track(submission.id, submission);
    } else {
      this.handedOver = true;
    }
    await this.#persistence?.clear();
  }

  /** After a refusal: back to the answers, with the server's reasons on their fields, and the draft saved again. */
  async #correct(): Promise<void> {
    const id = this.submittedId;
    this.phase = 'form';
    this.submittedId = undefined;
    this.#moveTo(CHECK);
    // The reasons in the summary link to their answers' change buttons.
    this.quietSummary = false;
    this.summary = [...this.serverReasons].map(([name, message]) => ({
      message: this.#aboutQuestion(name, message),
      target: `change-${name}`,
    }));
    this.#persist();
    if (id) await this.#forget(id);
  }

  async #reopen(id: string): Promise<void> {
    const outbox = this.#persistence?.outbox;
    const record = await outbox?.read(id);
    if (!record) return;
    this.edit(record as T);
    await this.#forget(id);
  }

  #forget(id: string): Promise<void> {
    return this.#outbox.forget(id);
  }

  // ── Rendering ──

  get #fieldContext(): FieldContext {
    return {
      localize: this.localize,
      form: this.definition.form,
      view: (field, name): FieldView => ({
        name,
        value: this.flow?.values[name],
        error: this.shown.get(name) ?? this.serverReasons.get(name) ?? '',
        required: this.#requiredNow(field, name),
      }),
      shown: (field) => (this.flow ? isShown(this.form, this.flow, field) : true),
    };
  }

  #renderItem(item: FieldDef | GroupDef, ctx: FieldContext): TemplateResult | typeof nothing {
    if (isGroup(item)) {
      return renderGroup(item, ctx, {
        add: (g) => this.#addItem(g),
        remove: (g, key) => this.#removeItem(g, key),
        items: (g) => this.flow?.items[g.group] ?? [],
        error: (g) => this.shown.get(g.group) ?? this.serverReasons.get(g.group) ?? '',
        headingLevel: this.headingLevel + 1,
      });
    }
    return ctx.shown(item) ? renderField(item, item.key, ctx) : nothing;
  }

  #onLanguage(event: Event): void {
    const code = (event.target as HTMLSelectElement).value;
    this.#chosenLang = code;
    this.lang = code;
    this.#persist();
  }

  async #confirmDiscard(): Promise<void> {
    this.dialog?.close();
    await this.discardDraft();
  }

  get #submissionView(): SubmissionView {
    return {
      localize: this.localize,
      headingLevel: this.headingLevel,
      recordId: this.recordId,
      retry: () => void this.#outbox.sendNow(),
      correct: () => void this.#correct(),
      reopen: (id) => void this.#reopen(id),
      forget: (id) => void this.#forget(id),
      restart: () => this.reset(),
      refresh: () => this.requestUpdate(),
      qrPath: (text) => this.#qrMatrix.get()?.qrPath(text),
    };
  }

  #renderEarlier(): TemplateResult | typeof nothing {
    // The outbox lists what waits; a refused one also shows the server's reasons, a delivered one that it arrived.
    const refused = [...this.#outbox.submissions.values()].filter(
      (s) => s.id !== this.submittedId && (s.state === 'rejected' || s.state === 'sent'),
    );
    const waits = this.#outbox.waiting.some((s) => s.id !== this.submittedId);
    const parts = waits || refused.length > 0 ? this.#afterSend.get() : undefined;
    if (!parts) return nothing;
    const view = this.#submissionView;
    return html`${parts.renderOutbox(this.localize, this.#outbox, this.headingLevel + 1, this.submittedId)}
      ${refused.length > 0 ? html`<div role="status" part="earlier">${refused.map((s) => parts.renderSubmission(s, false, view))}</div>` : nothing}`;
  }

  #renderDone(submission: OutboxSubmission | undefined): TemplateResult {
    const parts = this.#afterSend.get();
    // For the moment its module takes to come (from the cache when offline): an empty live region, filled then.
    return parts
      ? parts.renderDone(submission, this.handedOver, this.#submissionView)
      : html`<div role="status" part="confirmation" aria-busy="true"></div>`;
  }

  protected override render(): TemplateResult {
    if (this.phase === 'loading' || !this.flow) {
      return html`<div class="flow" part="base" aria-busy="true"><p class="saved">${this.localize.t('flow.loading')}</p></div>`;
    }
    const done = this.phase === 'done';
    const submission = this.submittedId ? this.#outbox.submissions.get(this.submittedId) : undefined;
    return html`<div class="flow" part="base" dir=${this.localize.dir}>
      <div class="status" role="status" aria-live="polite" part="status">${this.notice ? this.localize.t(this.notice) : nothing}</div>
      <div class="topbar">
        ${this.noLanguageSwitch ? nothing : renderLanguageSwitch(this.localize, (e) => this.#onLanguage(e))}
      </div>
      ${done ? nothing : this.#renderEarlier()}
      ${done ? this.#renderDone(submission) : this.#renderStep()}
      <div class="visually-hidden" role="status" part="announcement">${this.announcement}</div>
    </div>`;
  }

  #renderStep(): TemplateResult {
    const step = this.#currentStep;
    const steps = this.form.steps;
    const index = steps.indexOf(step);
    const ctx = this.#fieldContext;
    const form = this.definition.form;
    const isCheck = step.id === CHECK;
    return html`
      ${
        index > 0
          ? html`<button type="button" class="link back" part="back-button" @click=${this.#back}>
              ${this.localize.t('back')}
            </button>`
          : nothing
      }
      <p class="progress" part="progress">
        ${this.localize.t('stepOf', { current: index + 1, total: steps.length })}
      </p>
      <div class="title" role="heading" aria-level=${Math.min(6, this.headingLevel)} tabindex="-1" part="title">
        ${this.localize.t(`step.${form}.${step.id}.title`)}
      </div>
      <p class="intro" part="intro">${this.localize.t(`step.${form}.${step.id}.intro`)}</p>
      <hw-error-summary
        part="error-summary"
        .errors=${this.summary}
        heading=${this.setupIssues.length > 0 ? this.localize.t('flow.setupProblem') : nothing}
        heading-level=${Math.min(6, this.headingLevel + 1)}
        ?no-autofocus=${this.quietSummary}
        @hw-error-link=${this.#onErrorLink}
      ></hw-error-summary>
      <div
        class="fields"
        part="fields"
        @hw-input=${this.#onAnswer}
        @hw-change=${this.#onAnswer}
        @hw-blur=${this.#onBlur}
        @keydown=${this.#onKeydown}
      >
        ${
          isCheck
            ? renderCheckAnswers({
                localize: this.localize,
                def: this.form,
                state: this.flow!,
                filled: (group) => this.#built?.itemsAt[group] ?? [],
                shown: ctx.shown,
                change: (s, name) => this.#change(s, name),
                error: (name) => this.serverReasons.get(name) ?? '',
                headingLevel: this.headingLevel + 1,
              })
            : step.items.map((item) => this.#renderItem(item, ctx))
        }
      </div>
      <div class="actions" part="actions">
        <button type="button" class="button primary" part="button continue-button" @click=${this.#next}>
          ${this.localize.t(isCheck ? 'send' : 'continue')}
        </button>
      </div>
      ${renderSaved(this.localize, this.savedAt !== undefined, this.draftTtl)}
      ${renderDiscard(
        this.localize,
        this.headingLevel + 1,
        () => this.dialog,
        () => void this.#confirmDiscard(),
      )}
    `;
  }
}
