import axe from 'axe-core';

/**
 * Test helper: runs axe-core in the real browser on an element (open shadow roots included) against WCAG 2.0-2.2
 * A and AA and axe's best practices, and returns readable violations (empty when clean). Page-level rules (landmarks,
 * a level-one heading) are left out because a single element is not a page.
 */
export async function axeViolations(context: Element): Promise<string[]> {
  const result = await axe.run(context, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(n.target)}`),
  );
}
