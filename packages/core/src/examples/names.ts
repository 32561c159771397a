/**
 * Name parts for the fictional records, in each nationality's own script with the usual Latin transliteration.
 * Written compactly as `own=latin|own=latin…` (Latin-script parts as `name|name…`). Combined by the generator into
 * tens to hundreds of distinct names per nationality: common names repeat, as in life, without every second
 * person sharing one.
 */

/** `own=latin` pairs (or plain Latin names) separated by `|`. */
function parts(text: string): [own: string, latin: string][] {
  return text.split('|').map((part) => {
    const [own, latin] = part.split('=');
    return [own!, latin ?? own!];
  });
}

export const ID_GIVEN = parts(
  'Rizky|Dewi|Agus|Siti|Budi|Putri|Andi|Wahyu|Nur|Eko|Indah|Fajar|Muhammad|Sri|Yusuf|Ayu|Dedi|Rina|Hendra|Bayu|' +
    'Fitri|Joko|Ratna|Dimas|Intan|Rudi|Wulan|Arif|Lina|Reza|Tika|Hadi|Yanti|Gilang|Sari|Irfan|Maya|Taufik|Novi|Bambang',
);
export const ID_FAMILY = parts(
  'Saputra|Lestari|Hidayat|Pratama|Wijaya|Setiawan|Nasution|Siregar|Kurniawan|Rahmawati|Harahap|Simanjuntak|' +
    'Susanto|Gunawan|Purba|Sitompul|Hutapea|Syahputra|Permana|Nugroho|Santoso|Wibowo|Utami|Firmansyah|Ramadhan',
);
/** Single names (mononyms), common in Java. */
export const ID_MONONYMS = parts(
  'Sutrisno|Suharti|Sukarni|Wartini|Slamet|Sumarni|Paijo|Tukiman|Suparmi|Ngatini|Sugiyanto|Mulyono|Karsih|' +
    'Rasminah|Darmadi|Sunarti|Wagiman|Samsudin|Juwariyah|Sariyem|Tarmuji|Legiman|Poniyem|Kasmadi',
);

export const ZH_SURNAMES = parts(
  '王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|黄=Huang|赵=Zhao|吴=Wu|周=Zhou|徐=Xu|孙=Sun|马=Ma|朱=Zhu|林=Lin|' +
    '胡=Hu|郭=Guo|何=He|罗=Luo|高=Gao|郑=Zheng|梁=Liang|谢=Xie|宋=Song|唐=Tang',
);
export const ZH_GIVEN = parts(
  '伟=Wei|芳=Fang|娜=Na|敏=Min|静=Jing|强=Qiang|磊=Lei|军=Jun|洋=Yang|勇=Yong|艳=Yan|杰=Jie|涛=Tao|明=Ming|' +
    '超=Chao|秀英=Xiuying|华=Hua|平=Ping|志强=Zhiqiang|建国=Jianguo|子豪=Zihao|欣怡=Xinyi|浩然=Haoran|宇=Yu|' +
    '俊杰=Junjie|佳怡=Jiayi|鑫=Xin|婷=Ting|博文=Bowen|梓涵=Zihan|晨=Chen|雪=Xue|海=Hai|文=Wen|丹=Dan',
);

export const VI_FAMILY = parts(
  'Nguyễn=Nguyen|Trần=Tran|Lê=Le|Phạm=Pham|Hoàng=Hoang|Vũ=Vu|Đặng=Dang|Bùi=Bui|Đỗ=Do|Hồ=Ho|Ngô=Ngo|Dương=Duong',
);
export const VI_MIDDLE = parts('Văn=Van|Thị=Thi|Đức=Duc|Minh=Minh|Quang=Quang|Ngọc=Ngoc|Hữu=Huu|Thanh=Thanh');
export const VI_GIVEN = parts(
  'Hùng=Hung|Lan=Lan|Tuấn=Tuan|Hương=Huong|Dũng=Dung|Linh=Linh|Nam=Nam|Trang=Trang|Phúc=Phuc|Thảo=Thao|' +
    'Long=Long|Hải=Hai|Quân=Quan|Mai=Mai|Khánh=Khanh|Yến=Yen',
);

export const TH_GIVEN = parts(
  'สมชาย=Somchai|สมศรี=Somsri|อนุชา=Anucha|วิไล=Wilai|ประเสริฐ=Prasert|กมล=Kamon|สุดา=Suda|ธนา=Thana|' +
    'มาลี=Malee|ชัยวัฒน์=Chaiwat',
);
export const TH_FAMILY = parts(
  'ใจดี=Jaidee|สุขใจ=Sukjai|ทองดี=Thongdee|แสงทอง=Saengthong|ศรีสุข=Srisuk|บุญมา=Boonma|วงศ์ไทย=Wongthai|' +
    'รักษา=Raksa|มีสุข=Meesuk|แก้วมณี=Kaewmanee',
);

/** Burmese names are one to four syllables, without family names. */
export const MM_SYLLABLES = parts(
  'အောင်=Aung|ကျော်=Kyaw|မင်း=Min|ဇော်=Zaw|သူ=Thu|ထွန်း=Tun|နိုင်=Naing|ဝင်း=Win|လှိုင်=Hlaing|စိုး=Soe|' +
    'မြင့်=Myint|သီတာ=Thida|နီလာ=Nilar|ခိုင်=Khine',
);

export const KM_FAMILY = parts('សុខ=Sok|ចាន់=Chan|ហេង=Heng|គឹម=Kim|លី=Ly|ស៊ុន=Sun|ម៉ៅ=Mao|ឈឹម=Chhim');
export const KM_GIVEN = parts(
  'ដារ៉ា=Dara|ស្រីពៅ=Sreypov|សុភា=Sophea|វិចិត្រ=Vichet|សុខា=Sokha|ពិសី=Pisey|រតនា=Ratana|បូរ៉ា=Bora',
);

export const LO_GIVEN = parts('ສົມພອນ=Somphone|ບຸນມີ=Bounmy|ຄຳແພງ=Khamphaeng|ວັນນາ=Vanna|ສີສຸກ=Sisouk|ນ້ອຍ=Noy');
export const LO_FAMILY = parts(
  'ແກ້ວມະນີ=Keomany|ສີສະຫວັດ=Sisavath|ພົມມະຈັນ=Phommachanh|ວົງສາ=Vongsa|ໄຊຍະວົງ=Xayavong|ສຸລິຍະ=Souliya',
);

export const KO_FAMILY = parts('김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang');
export const KO_GIVEN = parts(
  '민준=Minjun|서연=Seoyeon|지훈=Jihoon|하은=Haeun|도윤=Doyun|수빈=Subin|현우=Hyunwoo',
);

/** Latin-script names: given names and family names by nationality. */
export const LATIN_PARTS: Record<string, { given: [string, string][]; family: [string, string][] }> = {
  PH: {
    given: parts('Maria|Jose|Angelica|Mark|Joy|Ramon|Kristine|John Paul|Rowena|Jericho|Lourdes|Ariel'),
    family: parts(
      'Santos|Reyes|Cruz|Bautista|Villanueva|Garcia|Mendoza|Dela Cruz|Ramos|Aquino|Navarro|Flores',
    ),
  },
  MY: {
    given: parts('Ahmad|Nurul|Muhammad Faiz|Siti Aminah|Hafiz|Nur Aisyah|Azlan|Farah|Wei Ming|Kumar'),
    family: parts('bin Ismail|binti Yusof|bin Abdullah|binti Hassan|bin Osman|Tan|Lim|Raj|Wong|binti Ahmad'),
  },
  IN: {
    given: parts('Rahul|Priya|Amit|Sandeep|Anjali|Vikram|Pooja|Arjun|Neha|Rohit'),
    family: parts('Sharma|Singh|Kumar|Yadav|Verma|Gupta|Patel|Reddy|Nair|Das'),
  },
  BD: {
    given: parts('Mohammad|Abdul|Nasrin|Rafiqul|Shahin|Taslima|Jahangir|Rumana'),
    family: parts('Rahman|Karim|Akter|Islam|Hossain|Begum|Uddin|Khatun'),
  },
  LK: {
    given: parts('Nimal|Kasun|Dilani|Chaminda|Nadeesha|Ruwan'),
    family: parts('Perera|Fernando|Silva|Jayasinghe|Bandara|Wickramasinghe'),
  },
  KE: {
    given: parts('Brian|Faith|Kevin|Mercy|Dennis|Purity|Collins|Esther'),
    family: parts('Otieno|Wanjiru|Mwangi|Achieng|Kamau|Njeri|Omondi|Kiptoo'),
  },
  ET: {
    given: parts('Abebe|Meron|Dawit|Hana|Tesfaye|Selam'),
    family: parts('Bekele|Tesfaye|Haile|Girma|Tadesse|Alemu'),
  },
  UG: {
    given: parts('Joseph|Grace|Isaac|Sarah|Ronald|Ruth'),
    family: parts('Okello|Nakato|Mugisha|Namubiru|Ssempala|Atim'),
  },
};
