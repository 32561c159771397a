/**
 * The ILO's 11 indicators of forced labour (ILO Special Action Programme to Combat Forced Labour, 2012,
 * "ILO Indicators of Forced Labour"). Labels and descriptions live in the locale catalogues under `ilo.<id>`.
 */
export const ILO_INDICATORS = [
  'abuseOfVulnerability',
  'deception',
  'restrictionOfMovement',
  'isolation',
  'physicalSexualViolence',
  'intimidationThreats',
  'retentionOfDocuments',
  'withholdingOfWages',
  'debtBondage',
  'abusiveConditions',
  'excessiveOvertime',
] as const;
/** One of the 11 ILO indicators of forced labour (`retentionOfDocuments`). */
export type IloIndicator = (typeof ILO_INDICATORS)[number];

/** Each indicator is asked as yes / no / unknown / declined to answer. */
export const TRI_STATE = ['yes', 'no', 'unknown', 'declined'] as const;
/** An answer to an indicator: yes, no, unknown or declined to answer. */
export type TriState = (typeof TRI_STATE)[number];
