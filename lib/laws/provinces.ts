/** Province-level divisions and their two-digit codes (GB/T 2260). */
export interface Province {
  code: string;
  /** Short name as the law registry's `region` field gives it, e.g. 山东. */
  name: string;
  /** Full name, e.g. 山东省, 广西壮族自治区. */
  full: string;
}

export const PROVINCES: readonly Province[] = [
  { code: '11', name: '北京', full: '北京市' },
  { code: '12', name: '天津', full: '天津市' },
  { code: '13', name: '河北', full: '河北省' },
  { code: '14', name: '山西', full: '山西省' },
  { code: '15', name: '内蒙古', full: '内蒙古自治区' },
  { code: '21', name: '辽宁', full: '辽宁省' },
  { code: '22', name: '吉林', full: '吉林省' },
  { code: '23', name: '黑龙江', full: '黑龙江省' },
  { code: '31', name: '上海', full: '上海市' },
  { code: '32', name: '江苏', full: '江苏省' },
  { code: '33', name: '浙江', full: '浙江省' },
  { code: '34', name: '安徽', full: '安徽省' },
  { code: '35', name: '福建', full: '福建省' },
  { code: '36', name: '江西', full: '江西省' },
  { code: '37', name: '山东', full: '山东省' },
  { code: '41', name: '河南', full: '河南省' },
  { code: '42', name: '湖北', full: '湖北省' },
  { code: '43', name: '湖南', full: '湖南省' },
  { code: '44', name: '广东', full: '广东省' },
  { code: '45', name: '广西', full: '广西壮族自治区' },
  { code: '46', name: '海南', full: '海南省' },
  { code: '50', name: '重庆', full: '重庆市' },
  { code: '51', name: '四川', full: '四川省' },
  { code: '52', name: '贵州', full: '贵州省' },
  { code: '53', name: '云南', full: '云南省' },
  { code: '54', name: '西藏', full: '西藏自治区' },
  { code: '61', name: '陕西', full: '陕西省' },
  { code: '62', name: '甘肃', full: '甘肃省' },
  { code: '63', name: '青海', full: '青海省' },
  { code: '64', name: '宁夏', full: '宁夏回族自治区' },
  { code: '65', name: '新疆', full: '新疆维吾尔自治区' },
  { code: '71', name: '台湾', full: '台湾省' },
  { code: '81', name: '香港', full: '香港特别行政区' },
  { code: '82', name: '澳门', full: '澳门特别行政区' },
];

const BY_NAME = new Map<string, Province>();
const BY_CODE = new Map<string, Province>();
for (const province of PROVINCES) {
  BY_NAME.set(province.name, province);
  BY_NAME.set(province.full, province);
  BY_CODE.set(province.code, province);
}

/** 山东 or 山东省 → the province. */
export function provinceByName(name: string): Province | undefined {
  return BY_NAME.get(name);
}

/** '37', '370100' or '370102000000' → 山东. */
export function provinceByCode(code: string): Province | undefined {
  return BY_CODE.get(code.slice(0, 2));
}

/** Ways a province is written at the head of a title or inside a name: 山东省, 北京市, 广西壮族自治区, 广西自治区. */
const HEADS: readonly [string, Province][] = PROVINCES.flatMap((province): [string, Province][] => {
  const heads: [string, Province][] = [[province.full, province]];
  if (province.full.endsWith('自治区') && province.full !== `${province.name}自治区`) {
    heads.push([`${province.name}自治区`, province]);
  }
  return heads;
}).sort((a, b) => b[0].length - a[0].length);

/** The province a title starts with (山东省食品安全条例 → 山东), if any. */
export function provinceAtStart(title: string): Province | undefined {
  for (const [head, province] of HEADS) if (title.startsWith(head)) return province;
  return undefined;
}

/** The first province named anywhere in a text (国家税务总局浙江省税务局 → 浙江), if any. */
export function provinceNamedIn(text: string): Province | undefined {
  let best: Province | undefined;
  let at = Infinity;
  for (const [head, province] of HEADS) {
    const index = text.indexOf(head);
    if (index >= 0 && index < at) {
      at = index;
      best = province;
    }
  }
  return best;
}
