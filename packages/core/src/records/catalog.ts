/**
 * The field catalogue: metadata for every field of the records, as data, so that exports, redaction, charts and forms
 * act on it instead of hand-kept lists. Keys are dotted paths; `[]` marks an array's items.
 *
 * Sensitivity classes (DOMAIN.md): `direct` identifies a person on its own (name, document number, phone, exact birth
 * date); `quasi` identifies in combination (age band, sex, citizenship, province, dates); `sensitive` harms if disclosed
 * (trafficking indicators, health, narrative, legal status); `none` is safe to publish.
 */
export type Sensitivity = 'direct' | 'quasi' | 'sensitive' | 'none';

export interface FieldMeta {
  sensitivity: Sensitivity;
  /**
   * HTCDS counterpart: the standard's field name, prefix and name as in its field reference (`prs_Birthdate`,
   * `vic_MethodsOfControl`), where one exists. How values translate, and why other fields have none: exchange/htcds.ts
   * and docs/htcds-mapping.md.
   */
  htcds?: string;
  /** Column of the CTDC global dataset, where one exists. */
  ctdc?: string;
  /** HXL hashtag with attributes; `#x_` where HXL has no core tag. */
  hxl: string;
  /** Locale catalogue keys of the field's label and help text. */
  labelKey: string;
  helpKey: string;
}

type Row = [sensitivity: Sensitivity, hxl: string, htcds?: string, ctdc?: string];

function catalogue<K extends string>(prefix: string, rows: Record<K, Row>): Record<K, FieldMeta> {
  const out = {} as Record<K, FieldMeta>;
  for (const [path, [sensitivity, hxl, htcds, ctdc]] of Object.entries(rows) as [K, Row][]) {
    out[path] = {
      sensitivity,
      hxl,
      ...(htcds ? { htcds } : {}),
      ...(ctdc ? { ctdc } : {}),
      labelKey: `${prefix}.${path}.label`,
      helpKey: `${prefix}.${path}.help`,
    };
  }
  return out;
}

export const intakeFieldCatalog = catalogue('intake', {
  // The record's own key links its rows across exports and releases: a direct identifier, never published.
  id: ['direct', '#meta+id'],
  schemaVersion: ['none', '#meta+version'],
  registrationDate: ['quasi', '#date+registered', undefined, 'yearOfRegistration'],
  office: ['none', '#org+code', 'org_Name'],
  channel: ['none', '#x_channel'],
  'person.fullName': ['direct', '#x_person+name', 'prs_FirstName'],
  'person.latinName': ['direct', '#x_person+name+i_en'],
  'person.sex': ['quasi', '#x_person+sex', 'prs_Gender', 'gender'],
  'person.birthDate': ['direct', '#date+birth', 'prs_Birthdate'],
  'person.age': ['quasi', '#x_person+age', undefined, 'ageBroad'],
  'person.ageBand': ['quasi', '#x_person+age+band', undefined, 'ageBroad'],
  'person.citizenship': ['quasi', '#country+code+v_iso2+citizenship', 'prs_Citizenship', 'citizenship'],
  'person.languages': ['quasi', '#x_person+language'],
  'person.homeRegion': ['quasi', '#adm1+name+origin', 'prs_MailingState'],
  'person.phones': ['direct', '#contact+phone', 'prs_MobilePhone'],
  'person.messaging[].platform': ['quasi', '#contact+messaging+type'],
  'person.messaging[].handle': ['direct', '#contact+messaging+handle'],
  'documents[].type': ['quasi', '#x_document+type'],
  'documents[].number': ['direct', '#x_document+number'],
  'documents[].issuingCountry': ['quasi', '#x_document+country+code+v_iso2'],
  'documents[].status': ['sensitive', '#x_document+status'],
  'recruitment.method': ['sensitive', '#x_recruitment+method', 'vic_MethodOfRecruitment'],
  'recruitment.platforms': ['sensitive', '#x_recruitment+platform', 'vic_RecruitmentWebsitesAndApps'],
  'recruitment.promisedJob': ['sensitive', '#x_recruitment+job'],
  'recruitment.promisedWage.amount': ['sensitive', '#x_recruitment+wage+value'],
  'recruitment.promisedWage.currency': ['sensitive', '#x_recruitment+wage+currency'],
  'recruitment.promisedWage.period': ['sensitive', '#x_recruitment+wage+period'],
  'recruitment.how': ['sensitive', '#x_recruitment+consent'],
  'recruitment.date': ['quasi', '#date+recruited', 'hte_Date'],
  'recruitment.recruiterRelation': [
    'sensitive',
    '#x_recruitment+relation',
    'vic_RelationshipToTrafficker',
    'RecruiterRelationship',
  ],
  'exploitation.country': [
    'quasi',
    '#country+code+v_iso2+exploitation',
    'hte_Country',
    'CountryOfExploitation',
  ],
  'exploitation.province': ['quasi', '#adm1+code+exploitation', 'hte_State'],
  'exploitation.locality': ['quasi', '#loc+name+exploitation', 'hte_City'],
  'exploitation.compoundName': ['sensitive', '#loc+name+compound'],
  'exploitation.startDate': ['quasi', '#date+start+exploitation', 'hte_Date'],
  'exploitation.endDate': ['quasi', '#date+end+exploitation'],
  'exploitation.scamTypes': [
    'sensitive',
    '#x_scam+type',
    'vic_TypeOfExploitation',
    'typeOfLabourIllicitActivities',
  ],
  'departure.how': ['sensitive', '#x_departure+type'],
  'departure.date': ['quasi', '#date+departure'],
  'departure.incidentId': ['none', '#event+id'],
  'indicators.abuseOfVulnerability': ['sensitive', '#x_ilo+vulnerability'],
  'indicators.deception': [
    'sensitive',
    '#x_ilo+deception',
    'vic_MethodsOfControl',
    'meansOfControlFalsePromises',
  ],
  'indicators.restrictionOfMovement': [
    'sensitive',
    '#x_ilo+movement',
    'vic_MethodsOfControl',
    'meansOfControlRestrictsMovement',
  ],
  'indicators.isolation': ['sensitive', '#x_ilo+isolation', 'vic_MethodsOfControl'],
  'indicators.physicalSexualViolence': [
    'sensitive',
    '#x_ilo+violence',
    undefined,
    'meansOfControlPhysicalAbuse',
  ],
  'indicators.intimidationThreats': [
    'sensitive',
    '#x_ilo+threats',
    'vic_MethodsOfControl',
    'meansOfControlThreats',
  ],
  'indicators.retentionOfDocuments': [
    'sensitive',
    '#x_ilo+documents',
    'vic_MethodsOfControl',
    'meansOfControlWithholdsDocuments',
  ],
  'indicators.withholdingOfWages': [
    'sensitive',
    '#x_ilo+wages',
    'vic_MethodsOfControl',
    'meansOfControlTakesEarnings',
  ],
  'indicators.debtBondage': ['sensitive', '#x_ilo+debt', 'vic_MethodsOfControl', 'meansOfControlDebtBondage'],
  'indicators.abusiveConditions': [
    'sensitive',
    '#x_ilo+conditions',
    'vic_MethodsOfControl',
    'meansOfControlWithholdsNecessities',
  ],
  'indicators.excessiveOvertime': [
    'sensitive',
    '#x_ilo+overtime',
    'vic_MethodsOfControl',
    'meansOfControlExcessiveWorkingHours',
  ],
  'wagesOwed[].amount': ['sensitive', '#value+owed'],
  'wagesOwed[].currency': ['sensitive', '#currency+owed'],
  'needs.returnHome': ['sensitive', '#need+return'],
  'needs.canTravelIndependently': ['sensitive', '#need+travel_alone'],
  'needs.emergencyTravelDocument': ['sensitive', '#need+travel_document'],
  'needs.medical': ['sensitive', '#need+medical'],
  'needs.psychological': ['sensitive', '#need+psychological'],
  'needs.shelter': ['sensitive', '#need+shelter'],
  'needs.legal': ['sensitive', '#need+legal'],
  'needs.familyContact': ['sensitive', '#need+family'],
  'consent.store.given': ['none', '#x_consent+store', 'con_Consent'],
  'consent.store.date': ['quasi', '#date+consent+store'],
  'consent.store.withdrawnOn': ['quasi', '#date+consent+store+withdrawn'],
  'consent.shareWithPartners.given': ['none', '#x_consent+share'],
  'consent.shareWithPartners.date': ['quasi', '#date+consent+share'],
  'consent.shareWithPartners.withdrawnOn': ['quasi', '#date+consent+share+withdrawn'],
  'consent.shareWithPartners.partners': ['none', '#org+name+partner'],
  'consent.contactLater.given': ['none', '#x_consent+contact'],
  'consent.contactLater.date': ['quasi', '#date+consent+contact'],
  'consent.contactLater.withdrawnOn': ['quasi', '#date+consent+contact+withdrawn'],
  'consent.research.given': ['none', '#x_consent+research'],
  'consent.research.date': ['quasi', '#date+consent+research'],
  'consent.research.withdrawnOn': ['quasi', '#date+consent+research+withdrawn'],
  childProtection: ['sensitive', '#x_child_protection', undefined, 'majorityStatus'],
  status: ['none', '#status+case', 'cas_Status'],
  notes: ['sensitive', '#description+notes'],
});

export const incidentFieldCatalog = catalogue('incident', {
  id: ['none', '#event+id'],
  schemaVersion: ['none', '#meta+version'],
  type: ['none', '#event+type'],
  'dates.start': ['none', '#date+start'],
  'dates.end': ['none', '#date+end'],
  'dates.precision': ['none', '#date+precision'],
  reportedOn: ['none', '#date+reported'],
  'location.country': ['none', '#country+code+v_iso2'],
  'location.province': ['none', '#adm1+code'],
  'location.locality': ['none', '#loc+name'],
  'location.coordinates.lat': ['quasi', '#geo+lat'],
  'location.coordinates.lon': ['quasi', '#geo+lon'],
  'location.coordinates.precision': ['none', '#geo+precision'],
  compoundName: ['none', '#loc+name+compound'],
  allegedOperator: ['sensitive', '#group+name+operator'],
  'peopleAffected.min': ['none', '#affected+min'],
  'peopleAffected.best': ['none', '#affected+num'],
  'peopleAffected.max': ['none', '#affected+max'],
  'peopleAffected.byCitizenship[].country': ['none', '#country+code+v_iso2+affected'],
  'peopleAffected.byCitizenship[].count': ['none', '#affected+num+citizenship'],
  'peopleAffected.bySex.female': ['none', '#affected+f'],
  'peopleAffected.bySex.male': ['none', '#affected+m'],
  'peopleAffected.bySex.other': ['none', '#affected+x_other'],
  'peopleAffected.bySex.unknown': ['none', '#affected+x_unknown'],
  'peopleAffected.minors': ['none', '#affected+children'],
  outcomes: ['none', '#x_outcome'],
  summary: ['sensitive', '#description'],
  'sources[].kind': ['none', '#meta+source+type'],
  'sources[].url': ['none', '#meta+url'],
  'sources[].publisher': ['none', '#meta+source'],
  'sources[].capturedOn': ['none', '#date+captured'],
  'sources[].archiveSha256': ['none', '#meta+hash'],
  'sources[].verification.status': ['none', '#status+verification'],
  'sources[].verification.methods': ['none', '#x_verification+method'],
  'sources[].verification.notes': ['sensitive', '#description+verification'],
});

export type IntakeFieldPath = keyof typeof intakeFieldCatalog;
export type IncidentFieldPath = keyof typeof incidentFieldCatalog;

/** The catalogue of both records, for code that handles either. */
export const fieldCatalog = { intake: intakeFieldCatalog, incident: incidentFieldCatalog } as const;
