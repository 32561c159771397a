/**
 * Cambodia's 25 first-level subdivisions (24 provinces and the capital) by their ISO 3166-2 codes.
 * Source: ISO 3166-2:KH (codes KH-1 … KH-25, unpadded, numbered in the order of the 2013 ISO list, not alphabetically;
 * KH-25 Tbong Khmum was added in 2015). Names: official romanisation, Khmer script, and Chinese as used by Xinhua.
 */
export const CAMBODIA_PROVINCES = [
  { code: 'KH-1', name: 'Banteay Meanchey', km: 'បន្ទាយមានជ័យ', zh: '班迭棉吉省' },
  { code: 'KH-2', name: 'Battambang', km: 'បាត់ដំបង', zh: '马德望省' },
  { code: 'KH-3', name: 'Kampong Cham', km: 'កំពង់ចាម', zh: '磅湛省' },
  { code: 'KH-4', name: 'Kampong Chhnang', km: 'កំពង់ឆ្នាំង', zh: '磅清扬省' },
  { code: 'KH-5', name: 'Kampong Speu', km: 'កំពង់ស្ពឺ', zh: '磅士卑省' },
  { code: 'KH-6', name: 'Kampong Thom', km: 'កំពង់ធំ', zh: '磅同省' },
  { code: 'KH-7', name: 'Kampot', km: 'កំពត', zh: '贡布省' },
  { code: 'KH-8', name: 'Kandal', km: 'កណ្ដាល', zh: '干丹省' },
  { code: 'KH-9', name: 'Koh Kong', km: 'កោះកុង', zh: '戈公省' },
  { code: 'KH-10', name: 'Kratie', km: 'ក្រចេះ', zh: '桔井省' },
  { code: 'KH-11', name: 'Mondulkiri', km: 'មណ្ឌលគិរី', zh: '蒙多基里省' },
  { code: 'KH-12', name: 'Phnom Penh', km: 'ភ្នំពេញ', zh: '金边' },
  { code: 'KH-13', name: 'Preah Vihear', km: 'ព្រះវិហារ', zh: '柏威夏省' },
  { code: 'KH-14', name: 'Prey Veng', km: 'ព្រៃវែង', zh: '波罗勉省' },
  { code: 'KH-15', name: 'Pursat', km: 'ពោធិ៍សាត់', zh: '菩萨省' },
  { code: 'KH-16', name: 'Ratanakiri', km: 'រតនគិរី', zh: '腊塔纳基里省' },
  { code: 'KH-17', name: 'Siem Reap', km: 'សៀមរាប', zh: '暹粒省' },
  { code: 'KH-18', name: 'Preah Sihanouk', km: 'ព្រះសីហនុ', zh: '西哈努克省' },
  { code: 'KH-19', name: 'Stung Treng', km: 'ស្ទឹងត្រែង', zh: '上丁省' },
  { code: 'KH-20', name: 'Svay Rieng', km: 'ស្វាយរៀង', zh: '柴桢省' },
  { code: 'KH-21', name: 'Takeo', km: 'តាកែវ', zh: '茶胶省' },
  { code: 'KH-22', name: 'Oddar Meanchey', km: 'ឧត្តរមានជ័យ', zh: '奥多棉吉省' },
  { code: 'KH-23', name: 'Kep', km: 'កែប', zh: '白马省' },
  { code: 'KH-24', name: 'Pailin', km: 'ប៉ៃលិន', zh: '拜林省' },
  { code: 'KH-25', name: 'Tbong Khmum', km: 'ត្បូងឃ្មុំ', zh: '特本克蒙省' },
] as const;

export type CambodiaProvinceCode = (typeof CAMBODIA_PROVINCES)[number]['code'];

const byCode: ReadonlyMap<string, (typeof CAMBODIA_PROVINCES)[number]> = new Map(
  CAMBODIA_PROVINCES.map((p) => [p.code, p]),
);

/** The subdivision lists we hold, by country. Other countries' codes are checked for shape only. */
const SUBDIVISIONS: Readonly<Record<string, ReadonlyMap<string, unknown>>> = { KH: byCode };

const SUBDIVISION_SHAPE = /^([A-Z]{2})-[A-Z0-9]{1,3}$/;

/**
 * Whether `code` is a valid ISO 3166-2 subdivision of `country`: checked against the real list where we hold one
 * (Cambodia), by shape and country prefix elsewhere.
 */
export function isSubdivisionOf(code: string, country: string): boolean {
  const match = SUBDIVISION_SHAPE.exec(code);
  if (!match || match[1] !== country) return false;
  const list = SUBDIVISIONS[country];
  return list ? list.has(code) : true;
}

/** The province's name in `locale` (Khmer script for km, Chinese for zh-Hans, romanised otherwise). */
export function provinceName(code: string, locale = 'en'): string {
  const province = byCode.get(code);
  if (!province) return code;
  if (locale.startsWith('km')) return province.km;
  if (locale.startsWith('zh')) return province.zh;
  return province.name;
}
