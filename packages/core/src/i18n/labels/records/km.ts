import { flatten } from '../tree.js';
import type { LabelCatalog } from '../types.js';

const consentDate = 'កាលបរិច្ឆេទនៃចម្លើយនេះ';
const consentDateHelp = 'ថ្ងៃដែលបុគ្គលនោះបានយល់ព្រម ឬបដិសេធ។';
const consentWithdrawn = 'កាលបរិច្ឆេទដកការយល់ព្រមវិញ';
const consentWithdrawnHelp = 'បំពេញតែពេលដែលបុគ្គលនោះបានប្ដូរចិត្ត។ បើមិនដូច្នោះទេ សូមទុកចោលទទេ។';

/** Khmer labels no form shows. */
export const km: LabelCatalog = /* @__PURE__ */ flatten({
  intake: {
    id: {
      label: 'លេខយោងកំណត់ត្រា',
      help: '',
    },
    schemaVersion: {
      label: 'កំណែទម្រង់កំណត់ត្រា',
      help: '',
    },
    registrationDate: {
      label: 'កាលបរិច្ឆេទចុះឈ្មោះ',
      help: '',
    },
    office: {
      label: 'ការិយាល័យ',
      help: 'ស្ថានទូត ស្ថានកុងស៊ុល ឬអង្គការ ដែលចុះឈ្មោះបុគ្គលនេះ។',
    },
    channel: {
      label: 'តើបុគ្គលនេះបានមកដល់យើងតាមរបៀបណា?',
      help: '',
    },
    departure: {
      incidentId: {
        label: 'លេខយោងនៃហេតុការណ៍ពាក់ព័ន្ធ',
        help: 'បើបុគ្គលនេះបានចេញមកក្នុងពេលដោះលែង ឬការវាយឆ្មក់ ដែលបានកត់ត្រារួចហើយ។',
      },
    },
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
          label: 'តើយើងអាចចែករំលែកជាមួយអង្គការណាខ្លះ?',
          help: 'យើងចែករំលែកតែជាមួយអង្គការដែលមានឈ្មោះនៅទីនេះប៉ុណ្ណោះ។',
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
    childProtection: {
      label: 'ការការពារកុមារ',
      help: 'ត្រូវបានសម្គាល់ដោយស្វ័យប្រវត្តិ បើបុគ្គលនេះមានអាយុក្រោម 18 ឆ្នាំ នៅពេលចុះឈ្មោះ ឬនៅពេលត្រូវបានគេជ្រើសរើសឱ្យធ្វើការ។ សូមបញ្ជូនទៅសេវាការពារកុមារ។',
    },
    status: {
      label: 'ស្ថានភាពករណី',
      help: '',
    },
  },
  option: {
    CHANNELS: {
      walk_in: 'បានមកការិយាល័យផ្ទាល់',
      hotline: 'បានទូរស័ព្ទមកខ្សែទូរស័ព្ទជំនួយ',
      online: 'តាមអនឡាញ',
      referral: 'ត្រូវបានបញ្ជូនមកដោយអង្គការផ្សេង',
      outreach: 'បានជួបក្រុមចុះមូលដ្ឋាន',
    },
    NEEDS: {
      returnHome: 'ត្រឡប់ទៅផ្ទះវិញ',
      canTravelIndependently: 'អាចធ្វើដំណើរទៅផ្ទះដោយខ្លួនឯង',
      emergencyTravelDocument: 'ឯកសារធ្វើដំណើរបន្ទាន់',
      medical: 'ការព្យាបាល',
      psychological: 'ការគាំទ្រផ្លូវចិត្ត',
      shelter: 'កន្លែងស្នាក់នៅដែលមានសុវត្ថិភាព',
      legal: 'ការប្រឹក្សាផ្លូវច្បាប់',
      familyContact: 'ទាក់ទងក្រុមគ្រួសារ',
    },
    CASE_STATUSES: {
      registered: 'បានចុះឈ្មោះ',
      assessed: 'បានវាយតម្លៃតម្រូវការ',
      documents_issued: 'បានចេញឯកសារ',
      repatriated: 'បានត្រឡប់ទៅប្រទេសកំណើតវិញ',
      referred: 'បានបញ្ជូនទៅអង្គការផ្សេង',
      closed: 'បានបិទ',
    },
  },
  incident: {
    id: {
      label: 'លេខយោងហេតុការណ៍',
      help: '',
    },
    schemaVersion: {
      label: 'កំណែទម្រង់កំណត់ត្រា',
      help: '',
    },
  },
});
