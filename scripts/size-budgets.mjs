// What each budget measures: the code a user's page actually loads for that use.
export const budgets = [
  {
    name: 'core: schemas + validators + one locale (what forms import)',
    contents: "export { validateIntake, validateIncident } from '@homeward/core/validate';",
    budgetKB: 20,
  },
];
