/**
 * A server's reasons for refusing a submission, read defensively: whatever the body holds, only issues in the shape of
 * core's (`{ issues: [{ path, code, message }] }`) come out, and nothing else of the response is shown.
 */
import type { ValidationIssue } from '@homeward/core';

export function serverIssues(response: unknown): ValidationIssue[] {
  const issues = (response as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((i) => {
    const issue = i as Partial<ValidationIssue>;
    if (typeof issue?.message !== 'string') return [];
    const path = Array.isArray(issue.path)
      ? issue.path.filter((p) => typeof p === 'string' || typeof p === 'number')
      : [];
    return [
      { path, code: (issue.code ?? 'invalid_input') as ValidationIssue['code'], message: issue.message },
    ];
  });
}
