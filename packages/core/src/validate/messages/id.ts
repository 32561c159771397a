import type { MessageCatalog } from '../issues.js';

/** Pesan validasi dalam bahasa Indonesia. `{name}` diisi dengan parameter masalahnya. */
export const id: MessageCatalog = {
  required: 'Jawab pertanyaan ini untuk melanjutkan.',
  invalid_type: 'Kami tidak dapat membaca jawaban ini. Periksa dan isi lagi.',
  invalid_input: 'Kami tidak dapat membaca data ini. Periksa apakah datanya lengkap, lalu coba lagi.',
  invalid_choice: 'Pilih salah satu jawaban yang tersedia.',
  invalid_number: 'Isi dengan angka saja, misalnya 600.',
  not_integer: 'Isi dengan angka bulat tanpa koma, misalnya 3.',
  too_small: 'Angka ini terlalu kecil. Periksa dan isi lagi.',
  too_big: 'Angka ini terlalu besar. Periksa dan isi lagi.',
  too_long: 'Jawaban ini terlalu panjang. Perpendek jawabannya.',
  invalid_characters:
    'Jawaban ini berisi karakter tersembunyi (karakter kontrol atau format yang tidak terlihat, sering ikut tersalin bersama teks). Ketik ulang tanpa karakter tersebut.',
  too_many: 'Terlalu banyak isian. Hapus beberapa.',
  invalid_date: 'Isi tanggal yang benar, dengan tanggal, bulan, dan tahun.',
  invalid_uuid: 'Nomor referensi ini tidak valid. Periksa dan isi lagi.',
  invalid_url: 'Isi alamat web yang diawali dengan https:// atau http://.',
  invalid_sha256: 'Isi sidik jari SHA-256 sebanyak 64 karakter, hanya 0 sampai 9 dan a sampai f.',
  invalid_country: 'Pilih negara dari daftar.',
  invalid_province: 'Pilih provinsi atau wilayah negara ini dari daftar.',
  invalid_language: 'Pilih bahasa dari daftar.',
  invalid_phone: 'Isi nomor telepon dengan kode negara dan angka saja, misalnya +6281234567890.',
  invalid_currency: 'Pilih mata uang dari daftar.',
  unsupported_version:
    'Data ini dibuat dengan versi Homeward yang tidak dapat kami baca. Perbarui dulu datanya.',
  date_in_future: 'Tanggal ini harus hari ini atau sebelumnya.',
  date_order:
    'Tanggal ini harus sama dengan atau sesudah tanggal sebelumnya ({after}). Periksa kedua tanggal.',
  age_mismatch: 'Umur tidak sesuai dengan tanggal lahir. Periksa keduanya.',
  age_band_mismatch: 'Kelompok umur tidak sesuai dengan umur. Untuk umur ini, kelompoknya {expected}.',
  minor_not_flagged:
    'Orang ini berumur di bawah 18 tahun saat didaftarkan atau saat direkrut, jadi data ini harus ditandai untuk perlindungan anak.',
  consent_required: 'Kami hanya dapat menyimpan data ini jika orang tersebut setuju informasinya disimpan.',
  estimate_order:
    'Perkiraan terendah tidak boleh lebih dari perkiraan terbaik, dan perkiraan terbaik tidak boleh lebih dari perkiraan tertinggi.',
  breakdown_exceeds_max: 'Jumlah angka-angka ini lebih dari perkiraan tertinggi ({max}). Periksa lagi.',
};
