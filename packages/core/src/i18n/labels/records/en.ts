import { flatten } from '../tree.js';
import type { LabelCatalog } from '../types.js';

const consentDate = 'Date of this answer';
const consentDateHelp = 'The day the person gave or refused this consent.';
const consentWithdrawn = 'Date consent was withdrawn';
const consentWithdrawnHelp = 'Only if the person has changed their mind. Leave empty otherwise.';

/** English labels no form shows: the source every other locale translates. */
export const en: LabelCatalog = /* @__PURE__ */ flatten({
  intake: {
    // ── Intake: the record ──
    id: {
      label: 'Record reference',
      help: '',
    },
    schemaVersion: {
      label: 'Record format version',
      help: '',
    },
    registrationDate: {
      label: 'Date of registration',
      help: '',
    },
    office: {
      label: 'Office',
      help: 'The embassy, consulate or organisation registering this person.',
    },
    channel: {
      label: 'How did this person reach us?',
      help: '',
    },
    // ── Intake: how you left ──
    departure: {
      incidentId: {
        label: 'Linked incident reference',
        help: 'If this person left during a release or raid that is already recorded.',
      },
    },
    // ── Intake: consent ──
    consent: {
      store: {
        date: {
          label: consentDate,
          help: consentDateHelp,
        },
        withdrawnOn: {
          label: consentWithdrawn,
          help: consentWithdrawnHelp,
        },
      },
      shareWithPartners: {
        date: {
          label: consentDate,
          help: consentDateHelp,
        },
        withdrawnOn: {
          label: consentWithdrawn,
          help: consentWithdrawnHelp,
        },
        partners: {
          label: 'Which organisations may we share with?',
          help: 'We share only with the organisations named here.',
        },
      },
      contactLater: {
        date: {
          label: consentDate,
          help: consentDateHelp,
        },
        withdrawnOn: {
          label: consentWithdrawn,
          help: consentWithdrawnHelp,
        },
      },
      research: {
        date: {
          label: consentDate,
          help: consentDateHelp,
        },
        withdrawnOn: {
          label: consentWithdrawn,
          help: consentWithdrawnHelp,
        },
      },
    },
    // ── Intake: case ──
    childProtection: {
      label: 'Child protection',
      help: 'Set automatically when the person was under 18 at registration or when recruited. Refer them to child protection services.',
    },
    status: {
      label: 'Case status',
      help: '',
    },
  },
  // ── Options ──
  option: {
    CHANNELS: {
      walk_in: 'Came to the office',
      hotline: 'Called the hotline',
      online: 'Online',
      referral: 'Referred by another organisation',
      outreach: 'Met by an outreach team',
    },
    NEEDS: {
      returnHome: 'Going home',
      canTravelIndependently: 'Can travel home alone',
      emergencyTravelDocument: 'Emergency travel document',
      medical: 'Medical care',
      psychological: 'Emotional support',
      shelter: 'A safe place to stay',
      legal: 'Legal advice',
      familyContact: 'Contacting family',
    },
    CASE_STATUSES: {
      registered: 'Registered',
      assessed: 'Needs assessed',
      documents_issued: 'Documents issued',
      repatriated: 'Returned home',
      referred: 'Referred to another organisation',
      closed: 'Closed',
    },
  },
  // ── Incident ──
  incident: {
    id: {
      label: 'Incident reference',
      help: '',
    },
    schemaVersion: {
      label: 'Record format version',
      help: '',
    },
  },
});
