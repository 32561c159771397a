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
  /** HTCDS v2 counterpart (`prs_`, `vic_`, `cas_`, `hte_`, `con_`), where one exists. */
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
  id: ['none', '#x_record+id', 'cas_case_id'],
  schemaVersion: ['none', '#meta+version'],
  registrationDate: ['quasi', '#date+registered', 'cas_date_of_identification', 'yearOfRegistration'],
  office: ['none', '#org+code'],
  channel: ['none', '#x_channel', 'cas_identification_source'],
  'person.fullName': ['direct', '#x_person+name', 'prs_full_name'],
  'person.latinName': ['direct', '#x_person+name+i_en', 'prs_full_name'],
  'person.sex': ['quasi', '#x_person+sex', 'prs_gender', 'gender'],
  'person.birthDate': ['direct', '#date+birth', 'prs_date_of_birth'],
  'person.age': ['quasi', '#x_person+age', 'prs_age', 'ageBroad'],
  'person.ageBand': ['quasi', '#x_person+age+band', 'prs_age_broad', 'ageBroad'],
  'person.citizenship': ['quasi', '#country+code+v_iso2+citizenship', 'prs_citizenship', 'citizenship'],
  'person.languages': ['quasi', '#x_person+language', 'prs_languages'],
  'person.homeRegion': ['quasi', '#adm1+name+origin', 'prs_residence'],
  'person.phones': ['direct', '#contact+phone', 'prs_phone'],
  'person.messaging[].platform': ['quasi', '#contact+messaging+type'],
  'person.messaging[].handle': ['direct', '#contact+messaging+handle'],
  'documents[].type': ['quasi', '#x_document+type', 'prs_id_type'],
  'documents[].number': ['direct', '#x_document+number', 'prs_id_number'],
  'documents[].issuingCountry': ['quasi', '#x_document+country+code+v_iso2', 'prs_id_issuing_country'],
  'documents[].status': ['sensitive', '#x_document+status'],
  'recruitment.method': ['sensitive', '#x_recruitment+method', 'hte_recruitment_type'],
  'recruitment.platforms': ['sensitive', '#x_recruitment+platform'],
  'recruitment.promisedJob': ['sensitive', '#x_recruitment+job'],
  'recruitment.promisedWage.amount': ['sensitive', '#x_recruitment+wage+value'],
  'recruitment.promisedWage.currency': ['sensitive', '#x_recruitment+wage+currency'],
  'recruitment.promisedWage.period': ['sensitive', '#x_recruitment+wage+period'],
  'recruitment.how': ['sensitive', '#x_recruitment+consent', 'vic_recruitment_consent'],
  'recruitment.date': ['quasi', '#date+recruited', 'hte_start_date'],
  'recruitment.recruiterRelation': [
    'sensitive',
    '#x_recruitment+relation',
    'hte_recruiter_relationship',
    'recruiterRelation',
  ],
  'exploitation.country': [
    'quasi',
    '#country+code+v_iso2+exploitation',
    'hte_country',
    'CountryOfExploitation',
  ],
  'exploitation.province': ['quasi', '#adm1+code+exploitation', 'hte_region'],
  'exploitation.locality': ['quasi', '#loc+name+exploitation', 'hte_city'],
  'exploitation.compoundName': ['sensitive', '#loc+name+compound'],
  'exploitation.startDate': ['quasi', '#date+start+exploitation', 'hte_start_date'],
  'exploitation.endDate': ['quasi', '#date+end+exploitation', 'hte_end_date'],
  'exploitation.scamTypes': ['sensitive', '#x_scam+type', 'hte_exploitation_type', 'typeOfLabourOther'],
  'departure.how': ['sensitive', '#x_departure+type', 'cas_identification_source'],
  'departure.date': ['quasi', '#date+departure'],
  'departure.incidentId': ['none', '#x_incident+id'],
  'indicators.abuseOfVulnerability': ['sensitive', '#x_ilo+vulnerability', 'vic_methods_of_control'],
  'indicators.deception': [
    'sensitive',
    '#x_ilo+deception',
    'vic_moc_false_promises',
    'meansOfControlFalsePromises',
  ],
  'indicators.restrictionOfMovement': [
    'sensitive',
    '#x_ilo+movement',
    'vic_moc_restricts_movement',
    'meansOfControlRestrictsMovement',
  ],
  'indicators.isolation': ['sensitive', '#x_ilo+isolation', 'vic_moc_restricts_movement'],
  'indicators.physicalSexualViolence': [
    'sensitive',
    '#x_ilo+violence',
    'vic_moc_physical_abuse',
    'meansOfControlPhysicalAbuse',
  ],
  'indicators.intimidationThreats': [
    'sensitive',
    '#x_ilo+threats',
    'vic_moc_threats',
    'meansOfControlThreats',
  ],
  'indicators.retentionOfDocuments': [
    'sensitive',
    '#x_ilo+documents',
    'vic_moc_withholds_documents',
    'meansOfControlWithholdsDocuments',
  ],
  'indicators.withholdingOfWages': [
    'sensitive',
    '#x_ilo+wages',
    'vic_moc_takes_earnings',
    'meansOfControlTakesEarnings',
  ],
  'indicators.debtBondage': ['sensitive', '#x_ilo+debt', 'vic_moc_debt_bondage', 'meansOfControlDebtBondage'],
  'indicators.abusiveConditions': [
    'sensitive',
    '#x_ilo+conditions',
    'vic_moc_withholds_necessities',
    'meansOfControlWithholdsNecessities',
  ],
  'indicators.excessiveOvertime': [
    'sensitive',
    '#x_ilo+overtime',
    'vic_moc_excessive_working_hours',
    'meansOfControlExcessiveWorkingHours',
  ],
  'wagesOwed[].amount': ['sensitive', '#value+owed'],
  'wagesOwed[].currency': ['sensitive', '#currency+owed'],
  'needs.returnHome': ['sensitive', '#x_need+return'],
  'needs.canTravelIndependently': ['sensitive', '#x_need+travel_alone'],
  'needs.emergencyTravelDocument': ['sensitive', '#x_need+travel_document'],
  'needs.medical': ['sensitive', '#x_need+medical'],
  'needs.psychological': ['sensitive', '#x_need+psychological'],
  'needs.shelter': ['sensitive', '#x_need+shelter'],
  'needs.legal': ['sensitive', '#x_need+legal'],
  'needs.familyContact': ['sensitive', '#x_need+family'],
  'consent.store.given': ['none', '#x_consent+store', 'con_consent_given'],
  'consent.store.date': ['quasi', '#date+consent+store', 'con_consent_date'],
  'consent.store.withdrawnOn': ['quasi', '#date+consent+store+withdrawn'],
  'consent.shareWithPartners.given': ['none', '#x_consent+share', 'con_consent_to_share'],
  'consent.shareWithPartners.date': ['quasi', '#date+consent+share'],
  'consent.shareWithPartners.withdrawnOn': ['quasi', '#date+consent+share+withdrawn'],
  'consent.shareWithPartners.partners': ['none', '#org+name+partner'],
  'consent.contactLater.given': ['none', '#x_consent+contact'],
  'consent.contactLater.date': ['quasi', '#date+consent+contact'],
  'consent.contactLater.withdrawnOn': ['quasi', '#date+consent+contact+withdrawn'],
  'consent.research.given': ['none', '#x_consent+research', 'con_consent_research'],
  'consent.research.date': ['quasi', '#date+consent+research'],
  'consent.research.withdrawnOn': ['quasi', '#date+consent+research+withdrawn'],
  childProtection: ['sensitive', '#x_child_protection', 'vic_is_minor', 'majorityStatus'],
  status: ['none', '#status+case', 'cas_status'],
  notes: ['sensitive', '#description+notes', 'cas_notes'],
});

export const incidentFieldCatalog = catalogue('incident', {
  id: ['none', '#x_incident+id'],
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
  allegedOperator: ['sensitive', '#org+name+operator'],
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
