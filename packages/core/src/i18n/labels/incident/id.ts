import { flatten } from '../tree.js';
import type { LabelCatalog } from '../types.js';

/** Label dalam bahasa Indonesia untuk formulir insiden. */
export const id: LabelCatalog = /* @__PURE__ */ flatten({
  incident: {
    type: {
      label: 'Kejadian apa ini?',
      help: '',
    },
    dates: {
      start: {
        label: 'Kapan mulainya?',
        help: 'Jika Anda hanya tahu minggu, bulan, atau tahunnya, isi hari pertamanya dan sebutkan di bawah.',
      },
      end: {
        label: 'Kapan selesainya?',
        help: 'Biarkan kosong jika terjadi dalam satu hari atau masih berlangsung.',
      },
      precision: {
        label: 'Seberapa pasti tanggalnya diketahui?',
        help: '',
      },
    },
    reportedOn: {
      label: 'Kapan pertama kali dilaporkan?',
      help: '',
    },
    location: {
      country: {
        label: 'Negara',
        help: '',
      },
      province: {
        label: 'Provinsi atau wilayah',
        help: '',
      },
      locality: {
        label: 'Kota atau daerah',
        help: 'Misalnya: Bavet.',
      },
      coordinates: {
        lat: {
          label: 'Garis lintang',
          help: 'Dalam derajat desimal, misalnya 11.0795.',
        },
        lon: {
          label: 'Garis bujur',
          help: 'Dalam derajat desimal, misalnya 106.1326.',
        },
        precision: {
          label: 'Seberapa tepat lokasi ini?',
          help: 'Peta publik tidak pernah menunjukkan lokasi lebih tepat daripada yang Anda sebutkan.',
        },
      },
    },
    compoundName: {
      label: 'Nama kompleks',
      help: 'Jika diketahui.',
    },
    allegedOperator: {
      label: 'Dugaan pengelola',
      help: 'Perusahaan atau kelompok yang diduga menjalankan kompleks ini. Sebutkan hanya yang didukung oleh sumber.',
    },
    peopleAffected: {
      min: {
        label: 'Perkiraan terendah',
        help: 'Jumlah orang terdampak paling sedikit yang didukung oleh sumber.',
      },
      best: {
        label: 'Perkiraan terbaik',
        help: 'Jumlah yang menurut Anda paling mungkin.',
      },
      max: {
        label: 'Perkiraan tertinggi',
        help: 'Jumlah paling banyak yang didukung oleh sumber. Jika sumber berbeda-beda, ini menunjukkan rentangnya.',
      },
      'byCitizenship[]': {
        country: {
          label: 'Kewarganegaraan',
          help: '',
        },
        count: {
          label: 'Jumlah orang',
          help: '',
        },
      },
      bySex: {
        female: {
          label: 'Perempuan dan anak perempuan',
          help: '',
        },
        male: {
          label: 'Laki-laki dan anak laki-laki',
          help: '',
        },
        other: {
          label: 'Lainnya',
          help: '',
        },
        unknown: {
          label: 'Jenis kelamin tidak diketahui',
          help: '',
        },
      },
      minors: {
        label: 'Anak-anak (di bawah 18 tahun)',
        help: '',
      },
    },
    outcomes: {
      label: 'Apa yang terjadi pada orang-orang yang terdampak?',
      help: 'Pilih semua yang sesuai.',
    },
    summary: {
      label: 'Ringkasan',
      help: 'Apa yang terjadi, dalam beberapa kalimat. Jangan tulis nama atau hal lain yang bisa menunjukkan identitas seseorang.',
    },
    'sources[]': {
      kind: {
        label: 'Sumber jenis apa ini?',
        help: '',
      },
      url: {
        label: 'Alamat web',
        help: 'Diawali dengan https://',
      },
      publisher: {
        label: 'Siapa yang menerbitkannya?',
        help: 'Misalnya: media berita, kedutaan, organisasi, atau nama akun.',
      },
      capturedOn: {
        label: 'Kapan Anda menyimpan salinannya?',
        help: '',
      },
      archiveSha256: {
        label: 'Sidik jari SHA-256 dari salinan yang disimpan',
        help: 'Untuk membuktikan nanti bahwa salinan itu tidak berubah. 64 karakter, 0 sampai 9 dan a sampai f.',
      },
      verification: {
        status: {
          label: 'Apakah sumber ini sudah diverifikasi?',
          help: '',
        },
        methods: {
          label: 'Pemeriksaan apa saja yang sudah dilakukan?',
          help: 'Tiga pemeriksaan menurut Protokol Berkeley: siapa yang menerbitkan, data teknisnya (seperti tanggal dan tempat), dan apa isinya.',
        },
        notes: {
          label: 'Catatan verifikasi',
          help: 'Bagaimana sumber ini diperiksa dan apa hasilnya.',
        },
      },
    },
  },
  option: {
    INCIDENT_TYPES: {
      release: 'Orang-orang dilepaskan dari kompleks',
      raid: 'Penggerebekan oleh aparat',
      rescue: 'Penyelamatan',
      escape: 'Pelarian',
      transfer: 'Orang-orang dipindahkan ke tempat lain',
    },
    DATE_PRECISIONS: {
      day: 'Sampai harinya',
      week: 'Sampai minggunya',
      month: 'Sampai bulannya',
      year: 'Sampai tahunnya',
    },
    COORDINATE_PRECISIONS: {
      exact: 'Lokasi tepat',
      approximate: 'Lokasi perkiraan',
      locality: 'Hanya kota atau daerah',
      province: 'Hanya provinsi',
    },
    INCIDENT_OUTCOMES: {
      released: 'Dilepaskan',
      detained: 'Ditahan aparat',
      deported: 'Dideportasi',
      repatriated: 'Dipulangkan ke negara asal',
      sheltered: 'Dibawa ke rumah aman',
      moved_to_other_compound: 'Dipindahkan ke kompleks lain',
      missing: 'Hilang',
      unknown: 'Tidak diketahui',
    },
    SOURCE_KINDS: {
      video: 'Video',
      image: 'Foto atau gambar',
      social_post: 'Unggahan media sosial',
      news: 'Berita',
      official_statement: 'Pernyataan resmi',
      ngo_report: 'Laporan LSM',
      testimony: 'Kesaksian',
    },
    VERIFICATION_STATUSES: {
      unverified: 'Belum diverifikasi',
      in_progress: 'Sedang diverifikasi',
      verified: 'Sudah diverifikasi',
      disputed: 'Dipersoalkan',
      debunked: 'Terbukti tidak benar',
    },
    VERIFICATION_METHODS: {
      source: 'Sumber: siapa yang menerbitkan dan apakah bisa dipercaya',
      technical: 'Teknis: tanggal, tempat, dan data file',
      content: 'Isi: apa yang ditunjukkan, dibandingkan dengan sumber lain',
    },
  },
  step: {
    incident: {
      'what-happened': {
        title: 'Apa yang terjadi',
        intro: 'Jelaskan kejadiannya: jenisnya, kapan terjadinya, dan apa akibatnya.',
      },
      where: {
        title: 'Di mana terjadinya',
        intro:
          'Sebutkan lokasinya setepat yang dimungkinkan oleh sumber, dan seberapa tepat lokasi itu. Lokasi perkiraan juga boleh.',
      },
      people: {
        title: 'Orang yang terdampak',
        intro:
          'Berikan perkiraan terendah, terbaik, dan tertinggi jumlah orang yang terdampak. Tambahkan rinciannya jika Anda tahu.',
      },
      sources: {
        title: 'Sumber',
        intro:
          'Tambahkan setiap sumber bukti: apa jenisnya, di mana ditemukan, dan sejauh mana sudah diverifikasi.',
      },
      'check-answers': {
        title: 'Periksa kejadian ini sebelum dikirim',
        intro: 'Periksa rinciannya sebelum dikirim. Anda bisa mengubah jawaban mana pun.',
      },
    },
  },
});
