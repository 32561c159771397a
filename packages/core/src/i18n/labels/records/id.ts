import { flatten } from '../tree.js';
import type { LabelCatalog } from '../types.js';

const consentDate = 'Tanggal jawaban ini';
const consentDateHelp = 'Hari ketika orang ini memberi atau menolak persetujuan ini.';
const consentWithdrawn = 'Tanggal persetujuan ditarik';
const consentWithdrawnHelp = 'Hanya jika orang ini berubah pikiran. Jika tidak, biarkan kosong.';

/** Label dalam bahasa Indonesia yang tidak ditampilkan formulir. */
export const id: LabelCatalog = /* @__PURE__ */ flatten({
  intake: {
    id: {
      label: 'Nomor referensi data',
      help: '',
    },
    schemaVersion: {
      label: 'Versi format data',
      help: '',
    },
    registrationDate: {
      label: 'Tanggal pendaftaran',
      help: '',
    },
    office: {
      label: 'Kantor',
      help: 'Kedutaan, konsulat, atau organisasi yang mendaftarkan orang ini.',
    },
    channel: {
      label: 'Bagaimana orang ini menghubungi kami?',
      help: '',
    },
    departure: {
      incidentId: {
        label: 'Nomor referensi kejadian terkait',
        help: 'Jika orang ini keluar saat pembebasan atau penggerebekan yang sudah dicatat.',
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
          label: 'Dengan organisasi mana saja kami boleh berbagi?',
          help: 'Kami hanya berbagi dengan organisasi yang disebut di sini.',
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
      label: 'Perlindungan anak',
      help: 'Ditandai otomatis jika orang ini berumur di bawah 18 tahun saat didaftarkan atau saat direkrut. Rujuk ke layanan perlindungan anak.',
    },
    status: {
      label: 'Status kasus',
      help: '',
    },
  },
  option: {
    CHANNELS: {
      walk_in: 'Datang ke kantor',
      hotline: 'Menelepon hotline',
      online: 'Secara online',
      referral: 'Dirujuk oleh organisasi lain',
      outreach: 'Ditemui oleh tim lapangan',
    },
    NEEDS: {
      returnHome: 'Pulang ke negara asal',
      canTravelIndependently: 'Bisa pulang sendiri',
      emergencyTravelDocument: 'Dokumen perjalanan darurat',
      medical: 'Perawatan kesehatan',
      psychological: 'Dukungan psikologis',
      shelter: 'Tempat tinggal yang aman',
      legal: 'Bantuan hukum',
      familyContact: 'Menghubungi keluarga',
    },
    CASE_STATUSES: {
      registered: 'Terdaftar',
      assessed: 'Kebutuhan sudah dinilai',
      documents_issued: 'Dokumen sudah diterbitkan',
      repatriated: 'Sudah pulang ke negara asal',
      referred: 'Dirujuk ke organisasi lain',
      closed: 'Ditutup',
    },
  },
  incident: {
    id: {
      label: 'Nomor referensi kejadian',
      help: '',
    },
    schemaVersion: {
      label: 'Versi format data',
      help: '',
    },
  },
});
