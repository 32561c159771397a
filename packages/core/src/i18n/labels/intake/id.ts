import { flatten, questionFields } from '../tree.js';
import type { LabelCatalog } from '../types.js';

const ilo = {
  abuseOfVulnerability:
    'Apakah ada yang memanfaatkan keadaan sulit Anda, misalnya karena Anda jauh dari rumah, tidak bisa bahasa setempat, atau sedang butuh uang?',
  deception: 'Apakah Anda dibohongi soal pekerjaan, gaji, tempat, atau kondisi kerja?',
  restrictionOfMovement: 'Apakah Anda dilarang keluar dari tempat Anda bekerja atau tinggal?',
  isolation: 'Apakah Anda dijauhkan dari orang lain, atau dilarang menghubungi keluarga atau teman?',
  physicalSexualViolence:
    'Apakah ada yang menyakiti Anda, atau melakukan hal seksual kepada Anda yang tidak Anda inginkan?',
  intimidationThreats:
    'Apakah Anda atau keluarga Anda diancam, misalnya dengan kekerasan, polisi, atau dijual ke kompleks lain?',
  retentionOfDocuments: 'Apakah paspor atau kartu identitas Anda diambil atau ditahan?',
  withholdingOfWages:
    'Apakah gaji Anda lebih kecil dari yang dijanjikan, dibayar terlambat, atau tidak dibayar sama sekali?',
  debtBondage:
    'Apakah Anda diberi tahu bahwa Anda berutang kepada mereka, misalnya untuk biaya perjalanan, makan, atau denda, dan harus bekerja untuk melunasinya?',
  abusiveConditions:
    'Apakah Anda harus bekerja atau tinggal dalam kondisi yang berbahaya atau merendahkan, misalnya kurang makan, minum, tidur, atau perawatan kesehatan?',
  excessiveOvertime: 'Apakah Anda dipaksa bekerja sangat lama setiap hari, atau tanpa hari libur?',
};
const iloHelp = 'Jawab hanya jika Anda merasa sanggup. Anda boleh memilih “Saya memilih tidak menjawab”.';

const consent = {
  store: 'Apakah Anda setuju kami menyimpan informasi Anda?',
  shareWithPartners: 'Apakah Anda setuju kami membagikan informasi Anda kepada organisasi mitra?',
  contactLater: 'Bolehkah kami menghubungi Anda nanti?',
  research: 'Bolehkah kami memakai jawaban Anda, tanpa nama Anda, untuk penelitian?',
};

/** Label dalam bahasa Indonesia untuk formulir pendaftaran. */
export const id: LabelCatalog = /* @__PURE__ */ flatten({
  intake: {
    person: {
      fullName: {
        label: 'Siapa nama lengkap Anda?',
        help: 'Tulis seperti biasa Anda menulisnya, dengan huruf apa saja. Satu nama saja tidak apa-apa jika itu nama lengkap Anda.',
      },
      latinName: {
        label: 'Nama Anda dalam huruf Latin (opsional)',
        help: 'Hanya jika nama Anda ditulis dengan huruf lain. Ini membantu kami mencocokkan nama Anda dengan dokumen perjalanan.',
      },
      sex: {
        label: 'Apa jenis kelamin Anda?',
        help: 'Kami bertanya agar bisa memberi bantuan yang tepat, misalnya tempat tinggal yang aman.',
      },
      birthDate: {
        label: 'Kapan tanggal lahir Anda?',
        help: 'Jika Anda tidak tahu, isi umur Anda saja.',
      },
      age: {
        label: 'Berapa umur Anda?',
        help: 'Perkiraan juga boleh. Kami bertanya untuk tahu apakah Anda perlu bantuan khusus anak muda.',
      },
      ageBand: {
        label: 'Anda termasuk kelompok umur yang mana?',
        help: 'Hanya jika Anda tidak ingin memberi tanggal lahir atau umur Anda.',
      },
      citizenship: {
        label: 'Apa kewarganegaraan Anda?',
        help: 'Pilih setiap negara tempat Anda menjadi warga negara. Ini menunjukkan kedutaan mana yang bisa membantu Anda.',
      },
      languages: {
        label: 'Bahasa apa saja yang Anda kuasai?',
        help: 'Agar kami bisa berbicara dengan Anda dalam bahasa yang Anda pahami dengan baik.',
      },
      homeRegion: {
        label: 'Dari mana asal Anda?',
        help: 'Provinsi, daerah, atau kota tempat Anda akan pulang.',
      },
      phones: {
        label: 'Di nomor telepon berapa kami bisa menghubungi Anda?',
        help: 'Tulis dengan kode negara, misalnya +62 untuk Indonesia. Berikan hanya nomor yang aman untuk Anda pakai.',
      },
      'messaging[]': {
        platform: {
          label: 'Aplikasi pesan',
          help: '',
        },
        handle: {
          label: 'Nama pengguna atau nomor Anda di aplikasi ini',
          help: 'Berikan hanya akun yang tidak bisa dilihat oleh orang yang menahan Anda.',
        },
      },
    },
    'documents[]': {
      type: {
        label: 'Dokumen apa ini?',
        help: '',
      },
      number: {
        label: 'Nomor dokumen (opsional)',
        help: 'Jika Anda tahu. Ini membantu kami mengganti dokumen lebih cepat.',
      },
      issuingCountry: {
        label: 'Negara mana yang mengeluarkannya?',
        help: '',
      },
      status: {
        label: 'Di mana dokumen ini sekarang?',
        help: 'Jika dokumen diambil orang lain atau hilang, kami bisa membantu Anda mendapatkan yang baru.',
      },
    },
    recruitment: {
      method: {
        label: 'Bagaimana Anda ditawari pekerjaan ini?',
        help: '',
      },
      platforms: {
        label: 'Aplikasi atau situs web apa yang dipakai untuk menghubungi Anda?',
        help: 'Pilih semua yang sesuai. Ini membantu memperingatkan orang lain tentang tawaran seperti ini.',
      },
      promisedJob: {
        label: 'Pekerjaan apa yang dijanjikan kepada Anda?',
        help: 'Misalnya: layanan pelanggan, input data, penerjemah.',
      },
      promisedWage: {
        amount: {
          label: 'Berapa gaji yang dijanjikan kepada Anda?',
          help: 'Tulis jumlahnya dengan angka, misalnya 600.',
        },
        currency: {
          label: 'Mata uang',
          help: '',
        },
        period: {
          label: 'Gaji itu dihitung per apa?',
          help: '',
        },
      },
      how: {
        label: 'Mana yang paling sesuai dengan cara Anda sampai ke sana?',
        help: 'Tidak ada jawaban yang salah. Banyak orang ditipu. Ini membantu kami memberi bantuan yang tepat.',
      },
      date: {
        label: 'Kapan Anda direkrut?',
        help: 'Tanggal perkiraan juga boleh.',
      },
      recruiterRelation: {
        label: 'Siapa yang merekrut Anda?',
        help: '',
      },
    },
    exploitation: {
      country: {
        label: 'Di negara mana Anda ditahan?',
        help: '',
      },
      province: {
        label: 'Di provinsi atau wilayah mana?',
        help: 'Jika Anda tahu.',
      },
      locality: {
        label: 'Di kota atau daerah mana?',
        help: 'Misalnya: Bavet, Sihanoukville. Jika tidak tahu, biarkan kosong.',
      },
      compoundName: {
        label: 'Apa nama kompleks atau gedungnya?',
        help: 'Jika Anda tahu. Ini bisa membantu melindungi orang lain yang masih di sana.',
      },
      startDate: {
        label: 'Kapan Anda tiba di sana?',
        help: 'Tanggal perkiraan juga boleh.',
      },
      endDate: {
        label: 'Kapan Anda keluar dari sana?',
        help: 'Tanggal perkiraan juga boleh.',
      },
      scamTypes: {
        label: 'Anda dipaksa menjalankan penipuan jenis apa?',
        help: 'Pilih semua yang sesuai. Anda dipaksa melakukannya. Itu bukan kesalahan Anda.',
      },
    },
    departure: {
      how: {
        label: 'Bagaimana Anda keluar dari sana?',
        help: '',
      },
      date: {
        label: 'Kapan Anda keluar?',
        help: 'Tanggal perkiraan juga boleh.',
      },
    },
    indicators: questionFields(ilo, iloHelp),
    'wagesOwed[]': {
      amount: {
        label: 'Berapa gaji Anda yang belum dibayar?',
        help: 'Perkiraan juga boleh. Ini bisa membantu menuntut gaji Anda.',
      },
      currency: {
        label: 'Mata uang',
        help: '',
      },
    },
    needs: {
      returnHome: {
        label: 'Apakah Anda ingin pulang ke negara asal Anda?',
        help: '',
      },
      canTravelIndependently: {
        label: 'Apakah Anda bisa pulang sendiri?',
        help: 'Misalnya, jika Anda punya uang untuk tiket dan merasa aman bepergian sendiri.',
      },
      emergencyTravelDocument: {
        label: 'Apakah Anda perlu dokumen perjalanan darurat?',
        help: 'Jika Anda tidak punya paspor yang berlaku, kami bisa membuatkan dokumen agar Anda bisa pulang.',
      },
      medical: {
        label: 'Apakah Anda perlu perawatan kesehatan?',
        help: '',
      },
      psychological: {
        label: 'Apakah Anda ingin bicara dengan seseorang tentang apa yang terjadi?',
        help: 'Konselor terlatih bisa mendampingi Anda. Semuanya terserah Anda.',
      },
      shelter: {
        label: 'Apakah Anda perlu tempat tinggal yang aman?',
        help: '',
      },
      legal: {
        label: 'Apakah Anda perlu bantuan hukum?',
        help: 'Misalnya tentang visa, dokumen, atau gaji yang belum dibayar.',
      },
      familyContact: {
        label: 'Apakah Anda ingin dibantu menghubungi keluarga?',
        help: '',
      },
    },
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
    notes: {
      label: 'Catatan',
      help: 'Untuk petugas. Tulis hanya yang perlu untuk membantu orang ini. Orang ini boleh meminta melihat apa yang ditulis tentang dirinya.',
    },
  },
  option: {
    SCAM_TYPES: {
      romance: 'Penipuan asmara',
      investment: 'Penipuan investasi',
      crypto: 'Penipuan kripto',
      gambling: 'Judi online',
      impersonation: 'Menyamar sebagai polisi, pejabat, atau perusahaan',
      other: 'Lainnya',
    },
    SEXES: {
      female: 'Perempuan',
      male: 'Laki-laki',
      other: 'Lainnya',
      unknown: 'Tidak diketahui',
      declined: 'Saya memilih tidak menjawab',
    },
    DOCUMENT_TYPES: {
      passport: 'Paspor',
      national_id: 'Kartu tanda penduduk (KTP)',
      residence_permit: 'Izin tinggal',
      work_permit: 'Izin kerja',
      birth_certificate: 'Akta kelahiran',
      other: 'Dokumen lain',
    },
    DOCUMENT_STATUSES: {
      held: 'Ada pada saya',
      confiscated: 'Diambil dan ditahan orang lain',
      lost: 'Hilang',
      expired: 'Ada pada saya, tetapi sudah habis masa berlakunya',
    },
    RECRUITMENT_METHODS: {
      social_media: 'Lewat media sosial',
      job_site: 'Lewat situs lowongan kerja',
      friend_or_relative: 'Lewat teman atau saudara',
      agent: 'Lewat agen atau calo',
      advertisement: 'Lewat iklan',
      other: 'Cara lain',
      unknown: 'Saya tidak tahu',
    },
    PLATFORMS: {
      telegram: 'Telegram',
      whatsapp: 'WhatsApp',
      facebook: 'Facebook',
      tiktok: 'TikTok',
      wechat: 'WeChat',
      line: 'LINE',
      instagram: 'Instagram',
      job_site: 'Situs lowongan kerja',
      other: 'Lainnya',
    },
    RECRUITMENT_CONSENT: {
      deceived: 'Saya ditipu atau dibohongi',
      voluntary: 'Saya memilih pergi dan tahu pekerjaannya apa',
      forced: 'Saya dipaksa pergi',
      unknown: 'Saya tidak yakin',
    },
    RECRUITER_RELATIONS: {
      stranger: 'Orang yang tidak saya kenal',
      friend: 'Teman',
      relative: 'Anggota keluarga',
      partner: 'Pasangan, atau orang yang sedang dekat dengan saya',
      agent: 'Agen atau calo',
      employer: 'Majikan atau pemberi kerja',
      other: 'Orang lain',
      unknown: 'Saya tidak tahu',
    },
    WAGE_PERIODS: {
      hour: 'Per jam',
      day: 'Per hari',
      week: 'Per minggu',
      month: 'Per bulan',
      year: 'Per tahun',
      lump_sum: 'Sekali bayar',
    },
    DEPARTURE_MODES: {
      released: 'Pengelola kompleks melepaskan saya',
      escaped: 'Saya melarikan diri',
      rescued: 'Saya diselamatkan, atau polisi atau petugas datang',
      other: 'Cara lain',
    },
    CONSENT_PURPOSES: {
      store: 'Menyimpan informasi Anda',
      shareWithPartners: 'Berbagi dengan organisasi mitra',
      contactLater: 'Menghubungi Anda nanti',
      research: 'Penelitian tanpa nama Anda',
    },
    MESSAGING_PLATFORMS: {
      telegram: 'Telegram',
      whatsapp: 'WhatsApp',
      facebook: 'Facebook Messenger',
      wechat: 'WeChat',
      line: 'LINE',
      signal: 'Signal',
      other: 'Lainnya',
    },
    TRI_STATE: {
      yes: 'Ya',
      no: 'Tidak',
      unknown: 'Saya tidak tahu',
      declined: 'Saya memilih tidak menjawab',
    },
    AGE_BANDS: {
      '0-8': '0 sampai 8 tahun',
      '9-17': '9 sampai 17 tahun',
      '18-20': '18 sampai 20 tahun',
      '21-23': '21 sampai 23 tahun',
      '24-26': '24 sampai 26 tahun',
      '27-29': '27 sampai 29 tahun',
      '30-38': '30 sampai 38 tahun',
      '39-47': '39 sampai 47 tahun',
      '48+': '48 tahun atau lebih',
    },
  },
  ilo: {
    abuseOfVulnerability: {
      short: 'Memanfaatkan kerentanan',
      long: ilo.abuseOfVulnerability,
    },
    deception: {
      short: 'Tipu daya',
      long: ilo.deception,
    },
    restrictionOfMovement: {
      short: 'Pembatasan gerak',
      long: ilo.restrictionOfMovement,
    },
    isolation: {
      short: 'Pengucilan',
      long: ilo.isolation,
    },
    physicalSexualViolence: {
      short: 'Kekerasan fisik dan seksual',
      long: ilo.physicalSexualViolence,
    },
    intimidationThreats: {
      short: 'Intimidasi dan ancaman',
      long: ilo.intimidationThreats,
    },
    retentionOfDocuments: {
      short: 'Penahanan dokumen identitas',
      long: ilo.retentionOfDocuments,
    },
    withholdingOfWages: {
      short: 'Penahanan gaji',
      long: ilo.withholdingOfWages,
    },
    debtBondage: {
      short: 'Jeratan utang',
      long: ilo.debtBondage,
    },
    abusiveConditions: {
      short: 'Kondisi kerja dan hidup yang tidak layak',
      long: ilo.abusiveConditions,
    },
    excessiveOvertime: {
      short: 'Jam kerja berlebihan',
      long: ilo.excessiveOvertime,
    },
  },
  step: {
    intake: {
      consent: {
        title: 'Informasi Anda dan pilihan Anda',
        intro:
          'Sebelum mulai, kami jelaskan apa yang kami lakukan dengan jawaban Anda. Anda yang memutuskan apa yang Anda setujui, dan Anda boleh berubah pikiran nanti.',
      },
      'about-you': {
        title: 'Tentang Anda',
        intro:
          'Ini membantu kami mengenal Anda dan tahu cara menghubungi Anda. Jawab yang Anda bisa. Pertanyaan bertanda “tidak wajib” boleh dikosongkan.',
      },
      documents: {
        title: 'Dokumen identitas Anda',
        intro:
          'Ceritakan tentang paspor dan kartu identitas Anda yang lain. Jika dokumen Anda diambil orang, kami bisa membantu Anda mendapatkan yang baru.',
      },
      recruitment: {
        title: 'Bagaimana Anda direkrut',
        intro:
          'Ceritakan bagaimana Anda ditawari pekerjaan ini. Ini membantu kami memahami apa yang terjadi dan memperingatkan orang lain.',
      },
      exploitation: {
        title: 'Tempat Anda ditahan',
        intro: 'Ceritakan di mana Anda dipaksa bekerja, sejauh yang Anda tahu. Jawaban perkiraan juga boleh.',
      },
      departure: {
        title: 'Bagaimana Anda keluar',
        intro: 'Ceritakan bagaimana Anda keluar dari tempat Anda ditahan.',
      },
      indicators: {
        title: 'Bagaimana Anda diperlakukan',
        intro:
          'Pertanyaan ini tentang bagaimana Anda diperlakukan. Jawab hanya yang Anda sanggup. Untuk setiap pertanyaan, Anda boleh memilih “Saya memilih tidak menjawab”. Apa yang terjadi bukan kesalahan Anda.',
      },
      needs: {
        title: 'Bantuan yang Anda perlukan',
        intro:
          'Beri tahu kami apa yang bisa membantu Anda sekarang. Kami akan menjelaskan bantuan apa yang bisa kami dan mitra kami berikan.',
      },
      'check-answers': {
        title: 'Periksa jawaban Anda',
        intro: 'Periksa jawaban Anda sebelum dikirim. Anda bisa mengubah jawaban mana pun.',
      },
    },
  },
  consent: {
    store: {
      question: consent.store,
      explain:
        'Kami menyimpan jawaban Anda agar bisa membantu Anda, misalnya membuat dokumen perjalanan atau mengatur kepulangan Anda. Hanya petugas yang menangani kasus Anda yang bisa melihatnya. Jika Anda tidak setuju, kami tidak akan menyimpan data Anda, tetapi Anda tetap bisa meminta bantuan kami. Anda boleh berubah pikiran kapan saja.',
    },
    shareWithPartners: {
      question: consent.shareWithPartners,
      explain:
        'Organisasi mitra bisa memberi tempat tinggal yang aman, perawatan kesehatan, bantuan hukum, atau bantuan untuk pulang. Kami hanya membagikan yang mereka perlukan untuk membantu Anda, dan hanya kepada organisasi yang disebut. Anda boleh menolak dan tetap mendapat bantuan kami. Anda boleh berubah pikiran kapan saja.',
    },
    contactLater: {
      question: consent.contactLater,
      explain:
        'Kami mungkin ingin memastikan Anda aman atau memberi kabar tentang kasus Anda. Kami hanya akan memakai nomor telepon atau aplikasi yang Anda berikan. Anda boleh berubah pikiran kapan saja.',
    },
    research: {
      question: consent.research,
      explain:
        'Menghitung apa yang dialami banyak orang membantu mencegah hal ini terjadi pada orang lain. Nama Anda dan apa pun yang bisa menunjukkan identitas Anda dihapus, dan angka yang kecil tidak pernah diterbitkan. Anda boleh menolak dan tetap mendapat bantuan kami. Anda boleh berubah pikiran kapan saja.',
    },
  },
});
