import type { IntakeRecord } from '../records/intake.js';

export const intakeExamples: IntakeRecord[] = [
  {
    // The 18-year-old from Sumatra forced to run scams in Bavet for eight months without the US$600 a month promised.
    id: '3f1c2a9e-8d4b-4c6a-9f2e-1b7d5e0a4c11',
    schemaVersion: 2,
    registrationDate: '2026-01-12',
    office: 'idn-embassy-phnom-penh',
    channel: 'walk_in',
    person: {
      fullName: 'Rizky',
      sex: 'male',
      age: 18,
      citizenship: ['ID'],
      languages: ['id', 'min'],
      homeRegion: 'Sumatera Barat',
      phones: ['+6281234567890'],
    },
    documents: [{ type: 'passport', issuingCountry: 'ID', status: 'confiscated' }],
    recruitment: {
      method: 'social_media',
      platforms: ['facebook', 'telegram'],
      promisedJob: 'Operator data entry',
      promisedWage: { amount: 600, currency: 'USD', period: 'month' },
      how: 'deceived',
      date: '2025-04-20',
      recruiterRelation: 'stranger',
    },
    exploitation: {
      country: 'KH',
      province: 'KH-20',
      locality: 'Bavet',
      startDate: '2025-05-01',
      endDate: '2026-01-05',
      scamTypes: ['romance', 'crypto'],
    },
    departure: { how: 'released', date: '2026-01-05' },
    indicators: {
      deception: 'yes',
      restrictionOfMovement: 'yes',
      retentionOfDocuments: 'yes',
      withholdingOfWages: 'yes',
      excessiveOvertime: 'yes',
      physicalSexualViolence: 'declined',
    },
    wagesOwed: [{ amount: 4800, currency: 'USD' }],
    needs: { returnHome: true, canTravelIndependently: false, emergencyTravelDocument: true, shelter: true },
    consent: {
      store: { given: true, date: '2026-01-12' },
      research: { given: true, date: '2026-01-12' },
    },
    childProtection: true,
    status: 'registered',
  },
];
