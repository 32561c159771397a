import type { CASE_STATUSES } from '@homeward/core';

export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * The case status workflow: which status may follow which. A closed case can be reopened (back to registered);
 * every change is kept as an event with who, when and a note.
 */
export const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  registered: ['assessed', 'referred', 'closed'],
  assessed: ['documents_issued', 'referred', 'repatriated', 'closed'],
  documents_issued: ['repatriated', 'referred', 'closed'],
  referred: ['assessed', 'documents_issued', 'repatriated', 'closed'],
  repatriated: ['referred', 'closed'],
  closed: ['registered'],
};

export function allowedTransitions(from: string): readonly CaseStatus[] {
  return TRANSITIONS[from as CaseStatus] ?? [];
}

export function canTransition(from: string, to: string): boolean {
  return allowedTransitions(from).includes(to as CaseStatus);
}
