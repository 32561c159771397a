// What each budget measures: the code a user's page actually loads for that use.
export const budgets = [
  {
    name: 'core: schemas + validators + one locale (what forms import)',
    contents: "export { validateIntake, validateIncident } from '@homeward/core/validate';",
    budgetKB: 20,
  },
  {
    // <script type="module" src="homeward.js">: every element, lit, d3 and core, English inline (as built).
    name: 'script-tag bundle: dist/cdn/homeward.js, every element',
    file: 'packages/widgets/dist/cdn/homeward.js',
    budgetKB: 90,
  },
  {
    // What a page in another language fetches on top: its largest lazily loaded chunk.
    name: 'script-tag bundle: largest locale chunk',
    largestIn: 'packages/widgets/dist/cdn/chunks',
    budgetKB: 15,
  },
];
