/**
 * The incident form's steps: what happened, where, the people affected, the evidence sources, then check answers.
 * Fields are named by core's field catalogue; step ids are core's `INCIDENT_STEPS`.
 */
import type { FormDef } from '../form-flow/field-def.js';

export const incidentForm: FormDef = {
  form: 'incident',
  steps: [
    {
      id: 'what-happened',
      items: [
        { key: 'type', kind: 'radios', options: { vocabulary: 'INCIDENT_TYPES' } },
        { key: 'dates.start', kind: 'date' },
        { key: 'dates.end', kind: 'date' },
        { key: 'dates.precision', kind: 'radios', options: { vocabulary: 'DATE_PRECISIONS' } },
        { key: 'reportedOn', kind: 'date' },
        { key: 'outcomes', kind: 'checkboxes', options: { vocabulary: 'INCIDENT_OUTCOMES' } },
        { key: 'summary', kind: 'textarea' },
      ],
    },
    {
      id: 'where',
      items: [
        { key: 'location.country', kind: 'select', options: { names: 'country' } },
        {
          key: 'location.province',
          kind: 'select',
          options: { names: 'province' },
          when: (answer) => answer('location.country') === 'KH',
        },
        { key: 'location.locality', kind: 'text' },
        { key: 'location.coordinates.lat', kind: 'decimal', width: 12, asked: 'extra' },
        { key: 'location.coordinates.lon', kind: 'decimal', width: 12, asked: 'extra' },
        {
          key: 'location.coordinates.precision',
          kind: 'select',
          options: { vocabulary: 'COORDINATE_PRECISIONS' },
          asked: 'extra',
        },
        { key: 'compoundName', kind: 'text' },
        { key: 'allegedOperator', kind: 'text' },
      ],
    },
    {
      id: 'people',
      items: [
        { key: 'peopleAffected.min', kind: 'integer', width: 8 },
        { key: 'peopleAffected.best', kind: 'integer', width: 8 },
        { key: 'peopleAffected.max', kind: 'integer', width: 8 },
        { key: 'peopleAffected.bySex.female', kind: 'integer', width: 8 },
        { key: 'peopleAffected.bySex.male', kind: 'integer', width: 8 },
        { key: 'peopleAffected.bySex.other', kind: 'integer', width: 8, asked: 'extra' },
        { key: 'peopleAffected.bySex.unknown', kind: 'integer', width: 8 },
        { key: 'peopleAffected.minors', kind: 'integer', width: 8 },
        {
          group: 'peopleAffected.byCitizenship',
          initialItems: 1,
          itemKey: 'flow.byCitizenship.item',
          addKey: 'flow.byCitizenship.add',
          removeKey: 'flow.byCitizenship.remove',
          fields: [
            { key: 'peopleAffected.byCitizenship[].country', kind: 'select', options: { names: 'country' } },
            { key: 'peopleAffected.byCitizenship[].count', kind: 'integer', width: 8 },
          ],
        },
      ],
    },
    {
      id: 'sources',
      items: [
        {
          group: 'sources',
          initialItems: 1,
          itemKey: 'flow.sources.item',
          addKey: 'flow.sources.add',
          removeKey: 'flow.sources.remove',
          fields: [
            { key: 'sources[].kind', kind: 'select', options: { vocabulary: 'SOURCE_KINDS' } },
            { key: 'sources[].url', kind: 'url' },
            { key: 'sources[].publisher', kind: 'text' },
            { key: 'sources[].capturedOn', kind: 'date' },
            { key: 'sources[].archiveSha256', kind: 'text', asked: 'extra' },
            {
              key: 'sources[].verification.status',
              kind: 'radios',
              options: { vocabulary: 'VERIFICATION_STATUSES' },
            },
            {
              key: 'sources[].verification.methods',
              kind: 'checkboxes',
              options: { vocabulary: 'VERIFICATION_METHODS' },
            },
            { key: 'sources[].verification.notes', kind: 'textarea' },
          ],
        },
      ],
    },
    { id: 'check-answers', items: [] },
  ],
};
