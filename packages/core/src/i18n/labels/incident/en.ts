import { flatten } from '../tree.js';
import type { LabelCatalog } from '../types.js';

/** English labels the incident form shows: the source every other locale translates. */
export const en: LabelCatalog = /* @__PURE__ */ flatten({
  // ── Incident ──
  incident: {
    type: {
      label: 'What kind of incident was it?',
      help: '',
    },
    dates: {
      start: {
        label: 'When did it start?',
        help: 'If you know only the week, month or year, give its first day and say so below.',
      },
      end: {
        label: 'When did it end?',
        help: 'Leave empty if it happened on one day or is still going on.',
      },
      precision: {
        label: 'How exactly are the dates known?',
        help: '',
      },
    },
    reportedOn: {
      label: 'When was it first reported?',
      help: '',
    },
    location: {
      country: {
        label: 'Country',
        help: '',
      },
      province: {
        label: 'Province or region',
        help: '',
      },
      locality: {
        label: 'Town or area',
        help: 'For example: Bavet.',
      },
      coordinates: {
        lat: {
          label: 'Latitude',
          help: 'In decimal degrees, for example 11.0795.',
        },
        lon: {
          label: 'Longitude',
          help: 'In decimal degrees, for example 106.1326.',
        },
        precision: {
          label: 'How precise is this location?',
          help: 'Public maps show a location no more precisely than you say it is known.',
        },
      },
    },
    compoundName: {
      label: 'Name of the compound',
      help: 'If known.',
    },
    allegedOperator: {
      label: 'Alleged operator',
      help: 'The company or group said to run the compound. Name only what a source supports.',
    },
    peopleAffected: {
      min: {
        label: 'Lowest estimate',
        help: 'The smallest number of people affected that the sources support.',
      },
      best: {
        label: 'Best estimate',
        help: 'The number you think most likely.',
      },
      max: {
        label: 'Highest estimate',
        help: 'The largest number the sources support. Where sources disagree, this shows the range.',
      },
      'byCitizenship[]': {
        country: {
          label: 'Citizenship',
          help: '',
        },
        count: {
          label: 'Number of people',
          help: '',
        },
      },
      bySex: {
        female: {
          label: 'Women and girls',
          help: '',
        },
        male: {
          label: 'Men and boys',
          help: '',
        },
        other: {
          label: 'Other',
          help: '',
        },
        unknown: {
          label: 'Sex not known',
          help: '',
        },
      },
      minors: {
        label: 'Children (under 18)',
        help: '',
      },
    },
    outcomes: {
      label: 'What happened to the people affected?',
      help: 'Choose all that apply.',
    },
    summary: {
      label: 'Summary',
      help: 'What happened, in a few sentences. Do not include names or details that could identify a person.',
    },
    'sources[]': {
      kind: {
        label: 'What kind of source is it?',
        help: '',
      },
      url: {
        label: 'Web address',
        help: 'Starting with https://',
      },
      publisher: {
        label: 'Who published it?',
        help: 'For example: a news outlet, an embassy, an organisation or an account name.',
      },
      capturedOn: {
        label: 'When did you save a copy?',
        help: '',
      },
      archiveSha256: {
        label: 'SHA-256 fingerprint of the saved copy',
        help: 'Proves later that the saved copy has not changed. 64 characters, 0 to 9 and a to f.',
      },
      verification: {
        status: {
          label: 'Has this source been verified?',
          help: '',
        },
        methods: {
          label: 'Which checks have been done?',
          help: 'The three checks of the Berkeley Protocol: who published it, its technical data (such as date and place), and what it shows.',
        },
        notes: {
          label: 'Verification notes',
          help: 'How it was checked and what was found.',
        },
      },
    },
  },
  // ── Options ──
  option: {
    INCIDENT_TYPES: {
      release: 'People released from a compound',
      raid: 'Raid by the authorities',
      rescue: 'Rescue',
      escape: 'Escape',
      transfer: 'People moved to another place',
    },
    DATE_PRECISIONS: {
      day: 'To the day',
      week: 'To the week',
      month: 'To the month',
      year: 'To the year',
    },
    COORDINATE_PRECISIONS: {
      exact: 'Exact location',
      approximate: 'Approximate location',
      locality: 'Town or area only',
      province: 'Province only',
    },
    INCIDENT_OUTCOMES: {
      released: 'Released',
      detained: 'Detained',
      deported: 'Deported',
      repatriated: 'Returned home',
      sheltered: 'Taken to a shelter',
      moved_to_other_compound: 'Moved to another compound',
      missing: 'Missing',
      unknown: 'Not known',
    },
    SOURCE_KINDS: {
      video: 'Video',
      image: 'Photo or image',
      social_post: 'Social media post',
      news: 'News report',
      official_statement: 'Official statement',
      ngo_report: 'Report by an NGO',
      testimony: 'Witness account',
    },
    VERIFICATION_STATUSES: {
      unverified: 'Not verified',
      in_progress: 'Being verified',
      verified: 'Verified',
      disputed: 'Disputed',
      debunked: 'Shown to be false',
    },
    VERIFICATION_METHODS: {
      source: 'Source: who published it and whether they are reliable',
      technical: 'Technical: date, place and file data',
      content: 'Content: what it shows, compared with other sources',
    },
  },
  // ── Steps ──
  step: {
    incident: {
      'what-happened': {
        title: 'What happened',
        intro: 'Describe the incident: what kind it was, when it happened and what came of it.',
      },
      where: {
        title: 'Where it happened',
        intro:
          'Give the location as precisely as the sources allow, and say how precise it is. An approximate location is fine.',
      },
      people: {
        title: 'People affected',
        intro:
          'Give the lowest, best and highest estimate of how many people were affected. Add a breakdown if you know it.',
      },
      sources: {
        title: 'Sources',
        intro:
          'Add each source of evidence: what it is, where it was found, and how far it has been verified.',
      },
      'check-answers': {
        title: 'Check the incident before you send it',
        intro: 'Check the details before you send them. You can change any answer.',
      },
    },
  },
});
