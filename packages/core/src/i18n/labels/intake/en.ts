import { flatten, questionFields } from '../tree.js';
import type { LabelCatalog } from '../types.js';

// Strings used under two keys (a field's label and the question of its ILO indicator or consent purpose) are
// written once here, so the two can never drift apart.
const ilo = {
  abuseOfVulnerability:
    'Did anyone take advantage of a difficult situation you were in, such as being far from home, not speaking the language or needing money?',
  deception: 'Were you lied to about the job, the pay, the place or the conditions of work?',
  restrictionOfMovement: 'Were you stopped from leaving the place where you worked or lived?',
  isolation: 'Were you kept away from other people, or stopped from contacting your family or friends?',
  physicalSexualViolence: 'Did anyone hurt you, or do anything sexual to you that you did not want?',
  intimidationThreats:
    'Did anyone threaten you or your family, for example with violence, the police or being sold to another compound?',
  retentionOfDocuments: 'Did they take or keep your passport or ID?',
  withholdingOfWages: 'Were you paid less than you were promised, paid late, or not paid at all?',
  debtBondage:
    'Were you told you owed them money, for example for travel, food or fines, and had to work to pay it back?',
  abusiveConditions:
    'Did you have to work or live in harmful or degrading conditions, for example without enough food, water, sleep or medical care?',
  excessiveOvertime: 'Were you made to work very long hours, or without days off?',
};
const iloHelp = 'Answer only if you feel able to. You can choose “I prefer not to say”.';

const consent = {
  store: 'Do you agree to us keeping your information?',
  shareWithPartners: 'Do you agree to us sharing your information with partner organisations?',
  contactLater: 'Can we contact you later?',
  research: 'Can we use your answers, without your name, for research?',
};

/** English labels the intake form shows: the source every other locale translates. */
export const en: LabelCatalog = /* @__PURE__ */ flatten({
  intake: {
    // ── Intake: about you ──
    person: {
      fullName: {
        label: 'What is your full name?',
        help: 'Write it as you usually write it, in any alphabet. A single name is fine if that is your whole name.',
      },
      latinName: {
        label: 'Your name in Latin letters (optional)',
        help: 'Only if your name is written in another alphabet. It helps us match your name to travel documents.',
      },
      sex: {
        label: 'What is your sex?',
        help: 'We ask so that we can offer the right support, such as a safe place to stay.',
      },
      birthDate: {
        label: 'What is your date of birth?',
        help: 'If you do not know it, give your age instead.',
      },
      age: {
        label: 'How old are you?',
        help: 'An estimate is fine. We ask to know whether you need support for young people.',
      },
      ageBand: {
        label: 'Which age group are you in?',
        help: 'Only if you do not want to give your date of birth or your age.',
      },
      citizenship: {
        label: 'Which country are you a citizen of?',
        help: 'Choose every country whose passport or nationality you have. This tells us which embassy can help you.',
      },
      languages: {
        label: 'Which languages do you speak?',
        help: 'So that we can talk with you in a language you understand well.',
      },
      homeRegion: {
        label: 'Where is your home?',
        help: 'The province, region or town you would return to.',
      },
      phones: {
        label: 'What phone number can we reach you on?',
        help: 'Include the country code, for example +62 for Indonesia. Only give a number that is safe for you to use.',
      },
      'messaging[]': {
        platform: {
          label: 'Messaging app',
          help: '',
        },
        handle: {
          label: 'Your username or number on this app',
          help: 'Only give an account that the people who held you cannot see.',
        },
      },
    },
    // ── Intake: documents ──
    'documents[]': {
      type: {
        label: 'What kind of document is it?',
        help: '',
      },
      number: {
        label: 'Document number (optional)',
        help: 'If you know it. It helps us replace the document quickly.',
      },
      issuingCountry: {
        label: 'Which country issued it?',
        help: '',
      },
      status: {
        label: 'Where is this document now?',
        help: 'If someone took it or it is lost, we can help you get a new one.',
      },
    },
    // ── Intake: recruitment ──
    recruitment: {
      method: {
        label: 'How were you offered this work?',
        help: '',
      },
      platforms: {
        label: 'Which apps or websites were used to contact you?',
        help: 'Choose all that apply. This helps warn others about these offers.',
      },
      promisedJob: {
        label: 'What job were you promised?',
        help: 'For example: customer service, data entry, translator.',
      },
      promisedWage: {
        amount: {
          label: 'How much pay were you promised?',
          help: 'Enter the amount in numbers, for example 600.',
        },
        currency: {
          label: 'Currency',
          help: '',
        },
        period: {
          label: 'How often was this pay promised?',
          help: '',
        },
      },
      how: {
        label: 'Which describes best how you came to be there?',
        help: 'There is no wrong answer. Many people were tricked. This helps us give you the right support.',
      },
      date: {
        label: 'When were you recruited?',
        help: 'An approximate date is fine.',
      },
      recruiterRelation: {
        label: 'Who recruited you?',
        help: '',
      },
    },
    // ── Intake: where you were held ──
    exploitation: {
      country: {
        label: 'In which country were you held?',
        help: '',
      },
      province: {
        label: 'In which province or region?',
        help: 'If you know it.',
      },
      locality: {
        label: 'In which town or area?',
        help: 'For example: Bavet, Sihanoukville. If you do not know, leave this empty.',
      },
      compoundName: {
        label: 'What was the compound or building called?',
        help: 'If you know it. This can help protect other people still there.',
      },
      startDate: {
        label: 'When did you arrive there?',
        help: 'An approximate date is fine.',
      },
      endDate: {
        label: 'When did you leave?',
        help: 'An approximate date is fine.',
      },
      scamTypes: {
        label: 'What kind of scams were you made to work on?',
        help: 'Choose all that apply. What you were forced to do was not your fault.',
      },
    },
    // ── Intake: how you left ──
    departure: {
      how: {
        label: 'How did you leave?',
        help: '',
      },
      date: {
        label: 'When did you leave?',
        help: 'An approximate date is fine.',
      },
    },
    // ── Intake: what happened (ILO indicators) ──
    indicators: questionFields(ilo, iloHelp),
    'wagesOwed[]': {
      amount: {
        label: 'How much pay are you still owed?',
        help: 'An estimate is fine. This can support a claim for your wages.',
      },
      currency: {
        label: 'Currency',
        help: '',
      },
    },
    // ── Intake: needs ──
    needs: {
      returnHome: {
        label: 'Do you want to go back to your home country?',
        help: '',
      },
      canTravelIndependently: {
        label: 'Can you travel home on your own?',
        help: 'For example, if you have money for the ticket and feel safe travelling alone.',
      },
      emergencyTravelDocument: {
        label: 'Do you need an emergency travel document?',
        help: 'If you have no valid passport, we can issue one to get you home.',
      },
      medical: {
        label: 'Do you need medical care?',
        help: '',
      },
      psychological: {
        label: 'Would you like someone to talk to about what happened?',
        help: 'Trained counsellors can support you. It is your choice.',
      },
      shelter: {
        label: 'Do you need a safe place to stay?',
        help: '',
      },
      legal: {
        label: 'Do you need legal advice?',
        help: 'For example about your visa, your documents or unpaid wages.',
      },
      familyContact: {
        label: 'Do you want help contacting your family?',
        help: '',
      },
    },
    // ── Intake: consent ──
    consent: {
      store: {
        given: {
          label: consent.store,
          help: '',
        },
      },
      shareWithPartners: {
        given: {
          label: consent.shareWithPartners,
          help: '',
        },
      },
      contactLater: {
        given: {
          label: consent.contactLater,
          help: '',
        },
      },
      research: {
        given: {
          label: consent.research,
          help: '',
        },
      },
    },
    // ── Intake: case ──
    notes: {
      label: 'Notes',
      help: 'For staff. Write only what is needed to help this person. They may ask to see what is written about them.',
    },
  },
  // ── Options ──
  option: {
    SCAM_TYPES: {
      romance: 'Romance scams',
      investment: 'Investment scams',
      crypto: 'Cryptocurrency scams',
      gambling: 'Online gambling',
      impersonation: 'Pretending to be the police, officials or a company',
      other: 'Other',
    },
    SEXES: {
      female: 'Female',
      male: 'Male',
      other: 'Other',
      unknown: 'Not known',
      declined: 'I prefer not to say',
    },
    DOCUMENT_TYPES: {
      passport: 'Passport',
      national_id: 'National identity card',
      residence_permit: 'Residence permit',
      work_permit: 'Work permit',
      birth_certificate: 'Birth certificate',
      other: 'Other document',
    },
    DOCUMENT_STATUSES: {
      held: 'I have it',
      confiscated: 'Someone took it and kept it',
      lost: 'Lost',
      expired: 'I have it, but it has expired',
    },
    RECRUITMENT_METHODS: {
      social_media: 'Through social media',
      job_site: 'Through a job website',
      friend_or_relative: 'Through a friend or relative',
      agent: 'Through an agent or broker',
      advertisement: 'Through an advertisement',
      other: 'Another way',
      unknown: 'I do not know',
    },
    PLATFORMS: {
      telegram: 'Telegram',
      whatsapp: 'WhatsApp',
      facebook: 'Facebook',
      tiktok: 'TikTok',
      wechat: 'WeChat',
      line: 'LINE',
      instagram: 'Instagram',
      job_site: 'A job website',
      other: 'Other',
    },
    RECRUITMENT_CONSENT: {
      deceived: 'I was tricked or lied to',
      voluntary: 'I chose to go and knew what the work was',
      forced: 'I was forced to go',
      unknown: 'I am not sure',
    },
    RECRUITER_RELATIONS: {
      stranger: 'Someone I did not know',
      friend: 'A friend',
      relative: 'A family member',
      partner: 'A partner, or someone I was dating',
      agent: 'An agent or broker',
      employer: 'An employer',
      other: 'Someone else',
      unknown: 'I do not know',
    },
    WAGE_PERIODS: {
      hour: 'Per hour',
      day: 'Per day',
      week: 'Per week',
      month: 'Per month',
      year: 'Per year',
      lump_sum: 'One single payment',
    },
    DEPARTURE_MODES: {
      released: 'The people running the compound let me go',
      escaped: 'I escaped',
      rescued: 'I was rescued, or the police or authorities came',
      other: 'Another way',
    },
    CONSENT_PURPOSES: {
      store: 'Keeping your information',
      shareWithPartners: 'Sharing with partner organisations',
      contactLater: 'Contacting you later',
      research: 'Research without your name',
    },
    MESSAGING_PLATFORMS: {
      telegram: 'Telegram',
      whatsapp: 'WhatsApp',
      facebook: 'Facebook Messenger',
      wechat: 'WeChat',
      line: 'LINE',
      signal: 'Signal',
      other: 'Other',
    },
    TRI_STATE: {
      yes: 'Yes',
      no: 'No',
      unknown: 'I do not know',
      declined: 'I prefer not to say',
    },
    AGE_BANDS: {
      '0-8': '0 to 8 years',
      '9-17': '9 to 17 years',
      '18-20': '18 to 20 years',
      '21-23': '21 to 23 years',
      '24-26': '24 to 26 years',
      '27-29': '27 to 29 years',
      '30-38': '30 to 38 years',
      '39-47': '39 to 47 years',
      '48+': '48 years or older',
    },
  },
  // ── ILO indicators ──
  ilo: {
    abuseOfVulnerability: {
      short: 'Abuse of vulnerability',
      long: ilo.abuseOfVulnerability,
    },
    deception: {
      short: 'Deception',
      long: ilo.deception,
    },
    restrictionOfMovement: {
      short: 'Restriction of movement',
      long: ilo.restrictionOfMovement,
    },
    isolation: {
      short: 'Isolation',
      long: ilo.isolation,
    },
    physicalSexualViolence: {
      short: 'Physical and sexual violence',
      long: ilo.physicalSexualViolence,
    },
    intimidationThreats: {
      short: 'Intimidation and threats',
      long: ilo.intimidationThreats,
    },
    retentionOfDocuments: {
      short: 'Retention of identity documents',
      long: ilo.retentionOfDocuments,
    },
    withholdingOfWages: {
      short: 'Withholding of wages',
      long: ilo.withholdingOfWages,
    },
    debtBondage: {
      short: 'Debt bondage',
      long: ilo.debtBondage,
    },
    abusiveConditions: {
      short: 'Abusive working and living conditions',
      long: ilo.abusiveConditions,
    },
    excessiveOvertime: {
      short: 'Excessive overtime',
      long: ilo.excessiveOvertime,
    },
  },
  // ── Steps ──
  step: {
    intake: {
      consent: {
        title: 'Your information and your choices',
        intro:
          'Before we start, we explain what we do with your answers. You decide what you agree to, and you can change your mind later.',
      },
      'about-you': {
        title: 'About you',
        intro:
          'This helps us know who you are and how to reach you. Answer what you can. Questions marked “optional” can be left empty.',
      },
      documents: {
        title: 'Your identity documents',
        intro:
          'Tell us about your passport and any other ID. If someone took your documents, we can help you get new ones.',
      },
      recruitment: {
        title: 'How you were recruited',
        intro:
          'Tell us how you were offered this work. This helps us understand what happened and warn other people.',
      },
      exploitation: {
        title: 'Where you were held',
        intro: 'Tell us where you were made to work, as far as you know. Approximate answers are fine.',
      },
      departure: {
        title: 'How you left',
        intro: 'Tell us how you left the place where you were held.',
      },
      indicators: {
        title: 'How you were treated',
        intro:
          'These questions are about how you were treated. Answer only what you feel able to. You can choose “I prefer not to say” for any question. What happened was not your fault.',
      },
      needs: {
        title: 'What help you need',
        intro: 'Tell us what would help you now. We will tell you what we and our partners can offer.',
      },
      'check-answers': {
        title: 'Check your answers',
        intro: 'Check your answers before you send them. You can change any answer.',
      },
    },
  },
  // ── Consent purposes ──
  consent: {
    store: {
      question: consent.store,
      explain:
        'We keep your answers so that we can help you, for example to issue travel documents or arrange your journey home. Only staff working on your case can see them. If you say no, we will not keep a record, but you can still ask us for help. You can change your mind at any time.',
    },
    shareWithPartners: {
      question: consent.shareWithPartners,
      explain:
        'Partner organisations can offer a safe place to stay, medical care, legal help or help to travel home. We share only what they need to help you, and only with the organisations named. You can say no and still get our help. You can change your mind at any time.',
    },
    contactLater: {
      question: consent.contactLater,
      explain:
        'We may want to check that you are safe or tell you about your case. We will only use the phone number or app you give us. You can change your mind at any time.',
    },
    research: {
      question: consent.research,
      explain:
        'Counting what happened to many people helps stop it happening to others. Your name and anything that could identify you are removed, and small numbers are never published. You can say no and still get our help. You can change your mind at any time.',
    },
  },
});
