import type { IncidentRecord } from '../records/incident.js';

/** The raid in Phnom Penh some of the people in `intakeExamples` were rescued in. */
export const PHNOM_PENH_RAID_ID = 'e12d8d40-06f0-4153-b9e0-4b7fca270e0a';

/** Fictional incidents shaped like those reported in January 2026. Sources are placeholders, not real posts. */
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
  {
    // A police raid after the arrest of the group's chairman, known only to the week: sources disagree on the day.
    id: PHNOM_PENH_RAID_ID,
    schemaVersion: 2,
    type: 'raid',
    dates: { start: '2026-01-05', end: '2026-01-11', precision: 'week' },
    reportedOn: '2026-01-12',
    location: {
      country: 'KH',
      province: 'KH-12',
      locality: 'Chbar Ampov',
      coordinates: { lat: 11.53, lon: 104.95, precision: 'locality' },
    },
    compoundName: 'Riverside office towers',
    allegedOperator: 'Subsidiary of a sanctioned conglomerate (alleged)',
    peopleAffected: {
      min: 180,
      best: 240,
      max: 400,
      byCitizenship: [
        { country: 'VN', count: 90 },
        { country: 'CN', count: 70 },
        { country: 'ID', count: 40 },
      ],
      bySex: { female: 70, male: 160 },
      minors: 4,
    },
    outcomes: ['detained', 'sheltered', 'repatriated'],
    summary:
      'Police entered several buildings; workers were taken to an immigration centre, then to shelters.',
    sources: [
      {
        kind: 'official_statement',
        url: 'https://example.org/police/statement-2026-01-12',
        publisher: 'National police',
        capturedOn: '2026-01-12',
        archiveSha256: '4f1c2a9e8d4b4c6a9f2e1b7d5e0a4c114f1c2a9e8d4b4c6a9f2e1b7d5e0a4c11',
        verification: { status: 'verified', methods: ['source'] },
      },
      {
        kind: 'social_post',
        url: 'https://example.org/posts/raid-night',
        capturedOn: '2026-01-09',
        verification: {
          status: 'disputed',
          methods: ['technical'],
          notes: 'Geolocated to the area, but the posting account dates it two days before the statement.',
        },
      },
      {
        kind: 'video',
        url: 'https://example.org/video/raid-buses',
        capturedOn: '2026-01-10',
        verification: { status: 'in_progress', methods: ['source'] },
      },
    ],
  },
  {
    // Releases across Sihanoukville through the month, from an NGO report and the news.
    id: 'a1dda8ae-1cca-4ef8-a26e-688e29178384',
    schemaVersion: 2,
    type: 'release',
    dates: { start: '2026-01-01', end: '2026-01-31', precision: 'month' },
    reportedOn: '2026-02-03',
    location: { country: 'KH', province: 'KH-18', locality: 'Sihanoukville' },
    peopleAffected: { min: 1000, best: 2500, max: 5000 },
    outcomes: ['released', 'repatriated', 'missing'],
    summary: 'At least ten compounds let people go in January; many were left without money or documents.',
    sources: [
      {
        kind: 'ngo_report',
        url: 'https://example.org/reports/cambodia-releases-january',
        publisher: 'Human rights NGO',
        capturedOn: '2026-02-03',
        verification: { status: 'verified', methods: ['source', 'content'] },
      },
      {
        kind: 'news',
        url: 'https://example.com/news/sihanoukville-releases',
        publisher: 'Regional newspaper',
        capturedOn: '2026-01-20',
        verification: { status: 'unverified' },
      },
    ],
  },
  {
    // People put on buses at night to another compound instead of being freed: re-trafficking.
    id: '5282f42b-3f1c-40ab-98b4-054c878c304d',
    schemaVersion: 2,
    type: 'transfer',
    dates: { start: '2026-01-13', precision: 'day' },
    reportedOn: '2026-01-17',
    location: { country: 'KH', province: 'KH-9', locality: 'Koh Kong' },
    compoundName: '金湾园区',
    peopleAffected: { min: 30, best: 50, max: 80 },
    outcomes: ['moved_to_other_compound', 'missing'],
    summary: 'Two workers who escaped on the way say the others were driven towards the Thai border.',
    sources: [
      {
        kind: 'testimony',
        publisher: 'Shelter interviews',
        capturedOn: '2026-01-16',
        verification: { status: 'in_progress', methods: ['content'] },
      },
      {
        kind: 'image',
        url: 'https://example.net/img/buses.jpg',
        capturedOn: '2026-01-14',
        verification: {
          status: 'debunked',
          methods: ['technical'],
          notes: 'Reverse image search finds the photo in a 2023 article.',
        },
      },
    ],
  },
  {
    // An escape at the northern border, known only to the month.
    id: '4b515756-7e06-45d2-9a04-b0a4638c5c27',
    schemaVersion: 2,
    type: 'escape',
    dates: { start: '2025-12-01', end: '2025-12-31', precision: 'month' },
    location: { country: 'KH', province: 'KH-22', locality: "O'Smach" },
    peopleAffected: {
      min: 6,
      best: 6,
      max: 6,
      byCitizenship: [{ country: 'TH', count: 6 }],
      bySex: { male: 6 },
    },
    outcomes: ['repatriated'],
    sources: [
      {
        kind: 'official_statement',
        publisher: 'Thai consulate',
        capturedOn: '2026-01-04',
        verification: { status: 'verified', methods: ['source'] },
      },
    ],
  },
  {
    // About a hundred Chinese citizens released in Phnom Penh, seen queueing at their embassy.
    id: '86824e52-5313-4a86-9054-54e37f92f2e7',
    schemaVersion: 2,
    type: 'release',
    dates: { start: '2026-01-12', end: '2026-01-18', precision: 'week' },
    reportedOn: '2026-01-18',
    location: { country: 'KH', province: 'KH-12', locality: 'Phnom Penh' },
    peopleAffected: { min: 80, best: 100, max: 150, byCitizenship: [{ country: 'CN', count: 100 }] },
    outcomes: ['released', 'repatriated'],
    sources: [
      {
        kind: 'news',
        url: 'https://example.com/news/queue-at-embassy',
        publisher: 'International news agency',
        capturedOn: '2026-01-18',
        verification: { status: 'verified', methods: ['source', 'content'] },
      },
      {
        kind: 'official_statement',
        publisher: 'Foreign ministry spokesperson',
        capturedOn: '2026-01-19',
        verification: { status: 'verified', methods: ['source'] },
      },
    ],
  },
];
