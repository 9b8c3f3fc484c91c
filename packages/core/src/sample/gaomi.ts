/**
 * Place and name data of the sample county: 高密市 (Gaomi, Weifang, Shandong), a grain county on
 * the plain where the 2014 trusteeship prices of DESIGN §3.7 come from. The townships are real;
 * their centres are approximate GCJ-02 points, their 9-digit codes the sample's own, in the
 * form of the statistical township codes that extend the county code.
 * @internal
 */

/** GB/T 2260 code of 高密市. */
export const GAOMI_REGION_CODE = '370785';

/** One township (乡镇 or 街道) as the generator knows it. */
export interface TownshipSeed {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: 'town' | 'subdistrict';
  readonly lng: number;
  readonly lat: number;
  readonly terrain: 'plain' | 'hill';
}

/** The ten townships of 高密市 (three subdistricts and seven towns). */
export const GAOMI_TOWNSHIPS: readonly TownshipSeed[] = [
  {
    code: '001',
    name: '醴泉街道',
    nameEn: 'Liquan',
    kind: 'subdistrict',
    lng: 119.72,
    lat: 36.4,
    terrain: 'plain',
  },
  {
    code: '002',
    name: '朝阳街道',
    nameEn: 'Chaoyang',
    kind: 'subdistrict',
    lng: 119.77,
    lat: 36.39,
    terrain: 'plain',
  },
  {
    code: '003',
    name: '密水街道',
    nameEn: 'Mishui',
    kind: 'subdistrict',
    lng: 119.76,
    lat: 36.36,
    terrain: 'plain',
  },
  { code: '100', name: '柏城镇', nameEn: 'Baicheng', kind: 'town', lng: 119.64, lat: 36.28, terrain: 'hill' },
  {
    code: '101',
    name: '夏庄镇',
    nameEn: 'Xiazhuang',
    kind: 'town',
    lng: 119.93,
    lat: 36.57,
    terrain: 'plain',
  },
  {
    code: '102',
    name: '姜庄镇',
    nameEn: 'Jiangzhuang',
    kind: 'town',
    lng: 119.78,
    lat: 36.53,
    terrain: 'plain',
  },
  {
    code: '103',
    name: '大牟家镇',
    nameEn: 'Damoujia',
    kind: 'town',
    lng: 119.9,
    lat: 36.45,
    terrain: 'plain',
  },
  { code: '104', name: '阚家镇', nameEn: 'Kanjia', kind: 'town', lng: 119.6, lat: 36.48, terrain: 'plain' },
  { code: '105', name: '井沟镇', nameEn: 'Jinggou', kind: 'town', lng: 119.52, lat: 36.34, terrain: 'hill' },
  { code: '106', name: '柴沟镇', nameEn: 'Chaigou', kind: 'town', lng: 119.46, lat: 36.42, terrain: 'plain' },
];

/** Common surnames of the area, with rough weights. */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 12],
  ['李', 10],
  ['张', 9],
  ['刘', 8],
  ['孙', 4],
  ['杨', 3],
  ['赵', 3],
  ['陈', 3],
  ['徐', 3],
  ['高', 3],
  ['于', 2],
  ['马', 2],
  ['郭', 2],
  ['宋', 2],
  ['单', 1.5],
  ['綦', 1],
  ['傅', 1],
  ['管', 1],
  ['邱', 1],
  ['范', 1],
  ['姜', 1.5],
  ['冯', 1],
  ['韩', 1],
  ['丁', 1],
];

/** Given names of men of the heads' generations. */
export const MALE_GIVEN_NAMES: readonly string[] = [
  '建国',
  '建华',
  '国庆',
  '志强',
  '志刚',
  '振华',
  '立新',
  '卫东',
  '红军',
  '新民',
  '德胜',
  '玉田',
  '守业',
  '传福',
  '洪涛',
  '永平',
  '海波',
  '春生',
  '秋生',
  '学文',
  '庆友',
  '明',
  '伟',
  '军',
  '勇',
  '强',
  '磊',
  '涛',
  '刚',
  '鹏',
];

/** Given names of women of the heads' generations. */
export const FEMALE_GIVEN_NAMES: readonly string[] = [
  '秀英',
  '桂兰',
  '玉兰',
  '凤英',
  '秀兰',
  '桂英',
  '淑珍',
  '春梅',
  '丽娟',
  '红霞',
  '美玲',
  '玉梅',
  '秀云',
  '海燕',
  '丽',
  '静',
  '芳',
  '敏',
  '艳',
];

/** How village names end. */
export const VILLAGE_SUFFIXES: readonly string[] = ['家庄村', '家屯村', '家村', '官庄村', '家营村'];

/** Directional prefixes some villages carry. */
export const VILLAGE_PREFIXES: readonly string[] = ['东', '西', '南', '北', '前', '后'];

/** Words co-ops name themselves by, in Chinese and pinyin. */
export const COOPERATIVE_STEMS: readonly (readonly [string, string])[] = [
  ['丰收', 'Fengshou'],
  ['金穗', 'Jinsui'],
  ['沃土', 'Wotu'],
  ['惠农', 'Huinong'],
  ['兴农', 'Xingnong'],
  ['福瑞', 'Furui'],
  ['绿源', 'Lüyuan'],
  ['鑫盛', 'Xinsheng'],
  ['康庄', 'Kangzhuang'],
  ['田园', 'Tianyuan'],
  ['润禾', 'Runhe'],
  ['众诚', 'Zhongcheng'],
];
