/**
 * ILO forced-labour screening of an intake record.
 *
 * The rule. Forced labour is "all work or service which is exacted from any person under the menace of any penalty
 * and for which the said person has not offered himself voluntarily" (ILO Forced Labour Convention, 1930, No. 29,
 * art. 2(1)). The ILO's survey guidelines turn its two elements into indicators: *involuntariness* (the person did
 * not freely agree to the work, or to its conditions) and *menace of penalty* (the coercion that keeps them there),
 * each graded strong or medium, and count an adult in forced labour when at least one indicator of involuntariness
 * AND at least one indicator of menace of penalty are present:
 * ILO SAP-FL and IPEC, "Hard to see, harder to count: Survey guidelines to estimate forced labour of adults and
 * children", 2nd ed., Geneva, ILO, 2012 (ISBN 978-92-2-126171-1), chapter on the operational definition of forced
 * labour of adults. The 20th International Conference of Labour Statisticians kept the same two-element rule
 * ("Guidelines concerning the measurement of forced labour", ICLS/20/2018: involuntary work AND coercion).
 *
 * Homeward records the 11 "ILO Indicators of Forced Labour" (ILO SAP-FL, 2012) instead of the guidelines' survey
 * questions, so each of the 11 is mapped below onto the element it evidences, with the strength the guidelines give
 * its closest indicator. A recruitment recorded as forced or deceived is also evidence of involuntariness (the
 * guidelines' "unfree recruitment": coercive or deceptive recruitment). The mapping is ours, and coarser than a
 * survey: this is a screening aid that tells a case worker when a referral for a full assessment is due, not a legal
 * determination.
 */
import type { IntakeRecord } from '../records/intake.js';
import { ILO_INDICATORS, type IloIndicator } from '../reference/ilo-indicators.js';

/** The two elements of forced labour in the ILO definition: work that is involuntary, under menace of a penalty. */
export type IloElement = 'involuntariness' | 'penalty';
/** How strongly an ILO indicator evidences its element. */
export type IndicatorStrength = 'strong' | 'medium';

/** Which element of the ILO definition each indicator evidences, and how strongly (see the module comment). */
export const ILO_INDICATOR_ELEMENTS: Readonly<
  Record<IloIndicator, { element: IloElement; strength: IndicatorStrength }>
> = {
  // Involuntariness: unfree recruitment, and work and life under duress.
  deception: { element: 'involuntariness', strength: 'strong' }, // deceptive recruitment (job, pay, place)
  debtBondage: { element: 'involuntariness', strength: 'strong' }, // induced or inflated debt, no freedom to leave
  excessiveOvertime: { element: 'involuntariness', strength: 'strong' }, // forced overtime
  abusiveConditions: { element: 'involuntariness', strength: 'medium' }, // degrading working and living conditions
  // Menace of penalty: the coercion that imposes the work or prevents leaving.
  physicalSexualViolence: { element: 'penalty', strength: 'strong' },
  intimidationThreats: { element: 'penalty', strength: 'strong' },
  retentionOfDocuments: { element: 'penalty', strength: 'strong' },
  withholdingOfWages: { element: 'penalty', strength: 'strong' },
  restrictionOfMovement: { element: 'penalty', strength: 'strong' }, // locked in, confined, under guard
  isolation: { element: 'penalty', strength: 'medium' },
  abuseOfVulnerability: { element: 'penalty', strength: 'medium' }, // e.g. threat of denunciation to the police
};

/** What the indicators say about one element of forced labour (involuntariness or menace of penalty). */
export interface ElementScreening {
  /** Indicators of this element answered yes, in ILO order. */
  present: IloIndicator[];
  /** Whether the element is evidenced strongly: by a strong indicator (or, for involuntariness, forced recruitment). */
  strong: boolean;
  /** The element is evidenced: by an indicator, or (for involuntariness) by a forced or deceptive recruitment. */
  evidenced: boolean;
  /** Indicators of this element not answered yes or no: not asked, unknown or declined. */
  unanswered: IloIndicator[];
}

/** The result of screening a record's ILO indicators for forced labour: a screening aid, never a legal finding. */
export interface ScreeningResult {
  /** Indicators answered yes, in ILO order. */
  present: IloIndicator[];
  byElement: Record<IloElement, ElementScreening>;
  /** Recruitment recorded as forced or deceived: involuntariness, whatever the indicators say. */
  unfreeRecruitment: 'forced' | 'deceived' | undefined;
  /** Involuntariness and menace of penalty are both evidenced. */
  meetsThreshold: boolean;
  /**
   * False when the threshold is not met but unanswered indicators could still meet it: "not met" then means "not
   * known", never "no forced labour".
   */
  conclusive: boolean;
  /** Indicators not asked, or answered "unknown". */
  missing: number;
  /** Indicators the person declined to answer. */
  declined: number;
}

function screenElement(
  indicators: IntakeRecord['indicators'],
  element: IloElement,
  unfreeRecruitment?: 'forced' | 'deceived',
): ElementScreening {
  const ofElement = ILO_INDICATORS.filter((id) => ILO_INDICATOR_ELEMENTS[id].element === element);
  const present = ofElement.filter((id) => indicators?.[id] === 'yes');
  return {
    present,
    strong:
      unfreeRecruitment === 'forced' ||
      present.some((id) => ILO_INDICATOR_ELEMENTS[id].strength === 'strong'),
    evidenced: present.length > 0 || unfreeRecruitment !== undefined,
    unanswered: ofElement.filter((id) => indicators?.[id] !== 'yes' && indicators?.[id] !== 'no'),
  };
}

/** Screens a (validated) intake record's ILO indicators against the ILO threshold for forced labour of adults. */
export function screen(record: Pick<IntakeRecord, 'indicators' | 'recruitment'>): ScreeningResult {
  const { indicators } = record;
  const how = record.recruitment?.how;
  const unfreeRecruitment = how === 'forced' || how === 'deceived' ? how : undefined;
  const involuntariness = screenElement(indicators, 'involuntariness', unfreeRecruitment);
  const penalty = screenElement(indicators, 'penalty');
  const meetsThreshold = involuntariness.evidenced && penalty.evidenced;
  const couldStillMeet = [involuntariness, penalty].every((e) => e.evidenced || e.unanswered.length > 0);
  return {
    present: ILO_INDICATORS.filter((id) => indicators?.[id] === 'yes'),
    byElement: { involuntariness, penalty },
    unfreeRecruitment,
    meetsThreshold,
    conclusive: meetsThreshold || !couldStillMeet,
    missing: ILO_INDICATORS.filter((id) => indicators?.[id] === undefined || indicators[id] === 'unknown')
      .length,
    declined: ILO_INDICATORS.filter((id) => indicators?.[id] === 'declined').length,
  };
}
