import type { IncidentRecord } from '../records/incident.js';

export const incidentExamples: IncidentRecord[] = [
  {
    // One of the compound releases that Amnesty International located in videos and social media posts.
    id: '9b2e4f60-1c3d-4e8a-b5f7-0a6d2c8e1f34',
    schemaVersion: 2,
    type: 'release',
    dates: { start: '2026-01-08', end: '2026-01-09', precision: 'day' },
    reportedOn: '2026-01-10',
    location: { country: 'KH', province: 'KH-20', locality: 'Bavet' },
    peopleAffected: { min: 150, best: 300, max: 500, byCitizenship: [{ country: 'ID', count: 120 }] },
    outcomes: ['released'],
    summary: 'Video shows people leaving a compound with luggage after guards opened the gates.',
    sources: [
      {
        kind: 'video',
        url: 'https://example.org/video/bavet-release',
        publisher: 'Social media (verified by the monitor)',
        capturedOn: '2026-01-09',
        verification: { status: 'verified', methods: ['source', 'technical', 'content'] },
      },
    ],
  },
];
