/**
 * The intake form's steps: one topic per step, consent first, check your answers last (GOV.UK "question pages").
 * Fields are named by core's field catalogue; step ids are core's `INTAKE_STEPS`, whose titles and intros live in
 * core's label catalogues.
 */
import { CONSENT_PURPOSES, consentKey, ILO_INDICATORS, iloKey, NEEDS, optionKey } from '@homeward/core';
import type { FieldDef, FormDef } from '../form-flow/field-def.js';

const consent = (purpose: 'store' | 'shareWithPartners' | 'contactLater' | 'research'): FieldDef => ({
  key: `consent.${purpose}.given`,
  kind: 'yesno',
  labelKey: consentKey(purpose, 'question'),
  helpKey: consentKey(purpose, 'explain'),
  summaryKey: optionKey('CONSENT_PURPOSES', purpose),
});

export const intakeForm: FormDef = {
  form: 'intake',
  steps: [
    {
      id: 'consent',
      items: [consent('store'), consent('shareWithPartners'), consent('contactLater'), consent('research')],
    },
    {
      id: 'about-you',
      items: [
        { key: 'person.fullName', kind: 'text' },
        { key: 'person.latinName', kind: 'text' },
        { key: 'person.sex', kind: 'radios', options: { vocabulary: 'SEXES' } },
        { key: 'person.birthDate', kind: 'date' },
        { key: 'person.age', kind: 'integer', width: 4 },
        { key: 'person.ageBand', kind: 'select', options: { vocabulary: 'AGE_BANDS' }, asked: 'extra' },
        { key: 'person.citizenship', kind: 'select', options: { names: 'country' }, single: true },
        { key: 'person.languages', kind: 'checkboxes', options: { names: 'language' }, asked: 'extra' },
        { key: 'person.homeRegion', kind: 'text' },
        { key: 'person.phones', kind: 'tel', single: true, width: 20 },
        {
          group: 'person.messaging',
          initialItems: 1,
          asked: 'extra',
          itemKey: 'flow.messaging.item',
          addKey: 'flow.messaging.add',
          removeKey: 'flow.messaging.remove',
          fields: [
            {
              key: 'person.messaging[].platform',
              kind: 'select',
              options: { vocabulary: 'MESSAGING_PLATFORMS' },
            },
            { key: 'person.messaging[].handle', kind: 'text', width: 20 },
          ],
        },
      ],
    },
    {
      id: 'documents',
      items: [
        {
          group: 'documents',
          initialItems: 1,
          itemKey: 'flow.documents.item',
          addKey: 'flow.documents.add',
          removeKey: 'flow.documents.remove',
          fields: [
            { key: 'documents[].type', kind: 'select', options: { vocabulary: 'DOCUMENT_TYPES' } },
            { key: 'documents[].number', kind: 'text', width: 20 },
            { key: 'documents[].issuingCountry', kind: 'select', options: { names: 'country' } },
            { key: 'documents[].status', kind: 'radios', options: { vocabulary: 'DOCUMENT_STATUSES' } },
          ],
        },
      ],
    },
    {
      id: 'recruitment',
      items: [
        { key: 'recruitment.method', kind: 'select', options: { vocabulary: 'RECRUITMENT_METHODS' } },
        { key: 'recruitment.platforms', kind: 'checkboxes', options: { vocabulary: 'PLATFORMS' } },
        { key: 'recruitment.promisedJob', kind: 'text' },
        { key: 'recruitment.promisedWage.amount', kind: 'decimal', width: 10 },
        { key: 'recruitment.promisedWage.currency', kind: 'select', options: { names: 'currency' } },
        { key: 'recruitment.promisedWage.period', kind: 'select', options: { vocabulary: 'WAGE_PERIODS' } },
        { key: 'recruitment.how', kind: 'radios', options: { vocabulary: 'RECRUITMENT_CONSENT' } },
        { key: 'recruitment.date', kind: 'date' },
        {
          key: 'recruitment.recruiterRelation',
          kind: 'select',
          options: { vocabulary: 'RECRUITER_RELATIONS' },
        },
      ],
    },
    {
      id: 'exploitation',
      items: [
        { key: 'exploitation.country', kind: 'select', options: { names: 'country' } },
        {
          key: 'exploitation.province',
          kind: 'select',
          options: { names: 'province' },
          // The province list we hold is Cambodia's; elsewhere the town or area says where.
          when: (answer) => answer('exploitation.country') === 'KH',
        },
        { key: 'exploitation.locality', kind: 'text' },
        { key: 'exploitation.compoundName', kind: 'text' },
        { key: 'exploitation.startDate', kind: 'date' },
        { key: 'exploitation.endDate', kind: 'date' },
        { key: 'exploitation.scamTypes', kind: 'checkboxes', options: { vocabulary: 'SCAM_TYPES' } },
        {
          group: 'wagesOwed',
          initialItems: 1,
          itemKey: 'flow.wagesOwed.item',
          addKey: 'flow.wagesOwed.add',
          removeKey: 'flow.wagesOwed.remove',
          fields: [
            { key: 'wagesOwed[].amount', kind: 'decimal', width: 10 },
            { key: 'wagesOwed[].currency', kind: 'select', options: { names: 'currency' } },
          ],
        },
      ],
    },
    {
      id: 'departure',
      items: [
        { key: 'departure.how', kind: 'radios', options: { vocabulary: 'DEPARTURE_MODES' } },
        { key: 'departure.date', kind: 'date' },
      ],
    },
    {
      id: 'indicators',
      items: ILO_INDICATORS.map(
        (id): FieldDef => ({
          key: `indicators.${id}`,
          kind: 'radios',
          options: { vocabulary: 'TRI_STATE' },
          labelKey: iloKey(id, 'long'),
          summaryKey: iloKey(id, 'short'),
        }),
      ),
    },
    {
      id: 'needs',
      items: [
        ...NEEDS.map((need): FieldDef => ({ key: `needs.${need}`, kind: 'yesno' })),
        { key: 'notes', kind: 'textarea' },
      ],
    },
    { id: 'check-answers', items: [] },
  ],
  finish(record) {
    // A consent answer is dated the day it is given: the registration day.
    const consents = record.consent as Record<string, { given?: unknown; date?: string }> | undefined;
    for (const purpose of CONSENT_PURPOSES) {
      const answer = consents?.[purpose];
      if (answer && answer.given !== undefined && typeof record.registrationDate === 'string') {
        answer.date = record.registrationDate;
      }
    }
  },
};
