// What each budget measures: the code a user's page actually loads for that use.
// Stop 18 had raised four budgets (forms 53 / 49, script-tag 102, km 22) after the outbox panel, the confirmation and
// the uqr QR code went into the form bundles and the staff elements into the script-tag bundle. They are back at
// their targets: what follows a send (confirmation, outbox panel, their strings) and the QR encoder load lazily, the
// staff elements have their own script-tag bundle, and a locale counts the chunks the public bundle can load.
export const budgets = [
  {
    name: 'core: schemas + validators + one locale (what forms import)',
    contents: "export { validateIntake, validateIncident } from '@homeward/core/validate';",
    budgetKB: 20,
  },
  {
    // <script type="module" src="homeward.js">: every public element (forms, controls, charts), lit, d3 and core,
    // English inline (as built).
    name: 'script-tag bundle: dist/cdn/homeward.js, public elements',
    file: 'packages/widgets/dist/cdn/homeward.js',
    budgetKB: 90,
  },
  {
    // What a page in another language fetches on top: the locale's lazy chunks that homeward.js can load (UI, both
    // forms' labels, messages, chart labels, the strings shown after sending).
    name: 'script-tag bundle: one more locale',
    dir: 'packages/widgets/dist/cdn/chunks',
    group: /-(fr|id|km|zh-Hans)-[0-9a-f]{8}\.js$/,
    from: 'packages/widgets/dist/cdn/homeward.js',
    budgetKB: 20,
  },
  {
    // Fetched when a person sends a form (or the device already holds a submission): the confirmation, the outbox
    // panel and their English strings; it carries its own copy of lit (the script-tag build shares no chunk).
    name: 'script-tag bundle: after-send chunk (confirmation, outbox)',
    dir: 'packages/widgets/dist/cdn/chunks',
    group: /^(form-flow-after-send)-[0-9a-f]{8}\.js$/,
    budgetKB: 12,
  },
  {
    // Fetched after sending, for the case number's QR code: uqr's encoder.
    name: 'script-tag bundle: QR code chunk',
    dir: 'packages/widgets/dist/cdn/chunks',
    group: /^(form-flow-qr-matrix)-[0-9a-f]{8}\.js$/,
    budgetKB: 6,
  },
  {
    // <script type="module" src="homeward-staff.js">: the staff elements (sign-in, case search and view, duplicate
    // review, receipt, referral), self-contained like homeward.js; for desk pages, never loaded by a public form.
    name: 'script-tag bundle: dist/cdn/homeward-staff.js, staff elements',
    file: 'packages/widgets/dist/cdn/homeward-staff.js',
    budgetKB: 50,
  },
  {
    // Fetched only when a chart exports or reads CSV.
    name: 'script-tag bundle: CSV chunk',
    dir: 'packages/widgets/dist/cdn/chunks',
    group: /^(shared-table-csv)-[0-9a-f]{8}\.js$/,
    budgetKB: 45,
  },
  {
    // The shared form controls alone (an embassy page using them in its own form): lit, theme, localization,
    // every UI locale (inlined here: esbuild without splitting bundles lazy imports too) and core's messages.
    name: 'widgets: text field + choice field + error summary (define entries)',
    contents:
      "import './src/define/text-field.ts'; import './src/define/choice-field.ts'; import './src/define/error-summary.ts';",
    budgetKB: 24,
  },
  {
    // A page with <hw-intake-form> in one language: the form, the controls, lit, core's schemas, validators and rules,
    // English labels and strings; other locales are fetched on demand (left out here, budgeted per locale above).
    // The target, 45 KB, is the budget. Measured 44.9 KB at stop 18 (the confirmation, outbox panel and QR code
    // load after sending). At stop 12, 44.8 KB; what each part added (gz, marginal): the form flow
    // 11.8 (its element 4.8, the intake steps 1.0, rendering, state, validation plumbing, styles), zod 6.7, lit 6.1,
    // English text 5.8 (the intake form's part of the labels 4.2, validation messages 0.8, flow and UI strings 0.8),
    // core's schemas, rules and reference data 4.1, drafts and outbox 2.8, the controls 2.7, localization and theme
    // 1.9. From 52.5: each form loads only the labels it shows (core's catalogue in intake / incident / records parts,
    // written nested), the other record's schema and validator and the Khmer and Chinese province names stay out,
    // z.iso's namespace no longer pulls every ISO format, the ISO code lists ship packed, Lit's templates ship minified.
    name: 'widgets: intake form (define entry, one locale)',
    contents: "import './src/define/intake-form.ts';",
    onDemand: 'external',
    budgetKB: 45,
  },
  {
    // The same for <hw-incident-form>: 41.1 KB measured (its labels 1.7 of the English text).
    name: 'widgets: incident form (define entry, one locale)',
    contents: "import './src/define/incident-form.ts';",
    onDemand: 'external',
    budgetKB: 45,
  },
  {
    // The same two pages built from the packages as npm installs them (`pnpm build` first): what a site's bundler
    // makes of `import '@homeward/widgets/define/intake-form'`. Both packages ship one file per module, so this
    // matches the sources; a bundled dist/index.js of core had made it 62 KB.
    name: 'widgets: intake form as published (dist, one locale)',
    contents: "import '@homeward/widgets/define/intake-form';",
    onDemand: 'external',
    published: true,
    budgetKB: 45,
  },
  {
    name: 'widgets: incident form as published (dist, one locale)',
    contents: "import '@homeward/widgets/define/incident-form';",
    onDemand: 'external',
    published: true,
    budgetKB: 45,
  },
  {
    // A page with one chart showing a ready table: the chart, lit, d3 (scale, array) and core's disclosure control,
    // English strings. Counting records, option labels, image export, CSV and other locales load on demand.
    name: 'charts: <hw-bar-chart> (define entry, one locale)',
    contents: "import './src/define/bar-chart.ts';",
    onDemand: 'external',
    budgetKB: 30,
  },
  {
    name: 'charts: <hw-time-series> (define entry, one locale)',
    contents: "import './src/define/time-series.ts';",
    onDemand: 'external',
    budgetKB: 30,
  },
  {
    name: 'charts: <hw-stat-card> (define entry, one locale)',
    contents: "import './src/define/stat-card.ts';",
    onDemand: 'external',
    budgetKB: 30,
  },
  {
    // A dashboard with every chart: the shared chart code and lit counted once.
    name: 'charts: bar chart + time series + stat card together',
    contents:
      "import './src/define/bar-chart.ts'; import './src/define/time-series.ts'; import './src/define/stat-card.ts';",
    onDemand: 'external',
    budgetKB: 40,
  },
  // The staff elements (issue: each entry at most 30 KB beyond the shared form controls, which a staff page loads
  // anyway): bundled together with the controls, minus the controls' figure, one locale, other locales on demand.
  {
    name: 'staff: <hw-sign-in> beyond the form controls',
    contents: "import './src/define/sign-in.ts';",
    beyond: 'widgets: text field + choice field + error summary (define entries)',
    onDemand: 'external',
    budgetKB: 30,
  },
  {
    name: 'staff: <hw-case-search> (with its <hw-case-list>) beyond the form controls',
    contents: "import './src/define/case-search.ts';",
    beyond: 'widgets: text field + choice field + error summary (define entries)',
    onDemand: 'external',
    budgetKB: 30,
  },
  {
    name: 'staff: <hw-case-list> beyond the form controls',
    contents: "import './src/define/case-list.ts';",
    beyond: 'widgets: text field + choice field + error summary (define entries)',
    onDemand: 'external',
    budgetKB: 30,
  },
  {
    name: 'staff: <hw-case-view> (with its <hw-referral-form>) beyond the form controls',
    contents: "import './src/define/case-view.ts';",
    beyond: 'widgets: text field + choice field + error summary (define entries)',
    onDemand: 'external',
    budgetKB: 30,
  },
  {
    name: 'staff: <hw-referral-form> beyond the form controls',
    contents: "import './src/define/referral-form.ts';",
    beyond: 'widgets: text field + choice field + error summary (define entries)',
    onDemand: 'external',
    budgetKB: 30,
  },
  {
    name: 'staff: <hw-receipt> (with its QR code) beyond the form controls',
    contents: "import './src/define/receipt.ts';",
    beyond: 'widgets: text field + choice field + error summary (define entries)',
    onDemand: 'external',
    budgetKB: 30,
  },
  {
    name: 'staff: <hw-duplicate-review> beyond the form controls',
    contents: "import './src/define/duplicate-review.ts';",
    beyond: 'widgets: text field + choice field + error summary (define entries)',
    onDemand: 'external',
    budgetKB: 30,
  },
  {
    name: 'widgets: encrypted draft store + outbox',
    contents: "export { EncryptedDraftStore, Outbox } from './src/shared/storage/index.ts';",
    budgetKB: 5,
  },
];
