/** Words the demo generator builds Yiwu-like names from. Invented firms: any likeness to a real one is chance. */

export type TownSpec = {
  id: string
  name: string
  /** Relative weight of each industry among the town's enterprises. */
  industries: Partial<Record<Industry, number>>
  enterprises: number
  /** Regional joint unions (village, market, building). */
  regional: { id: string; name: string }[]
  /** Industry joint unions: enterprises of that industry without their own union join them. */
  industry: { id: string; name: string; industry: Industry }[]
}

export const INDUSTRIES = ['饰品', '针织', '袜业', '拉链', '物流', '电商', '印刷', '五金', '纺织', '日用品', '玩具', '工艺品', '快递'] as const
export type Industry = (typeof INDUSTRIES)[number]

/** Company-name endings per industry; the enterprise union is named `<brand><short>工会`. */
export const INDUSTRY_WORDS: Record<Industry, { names: string[]; short: string }> = {
  饰品: { names: ['饰品有限公司', '工艺饰品有限公司', '首饰有限公司'], short: '饰品' },
  针织: { names: ['针织有限公司', '针织服饰有限公司', '服饰有限公司'], short: '针织' },
  袜业: { names: ['袜业有限公司', '针纺袜业有限公司'], short: '袜业' },
  拉链: { names: ['拉链有限公司', '拉链制造有限公司'], short: '拉链' },
  物流: { names: ['物流有限公司', '供应链管理有限公司', '国际货运代理有限公司'], short: '物流' },
  电商: { names: ['电子商务有限公司', '网络科技有限公司'], short: '电商' },
  印刷: { names: ['印刷有限公司', '包装印刷有限公司', '彩印包装有限公司'], short: '印刷' },
  五金: { names: ['五金制品有限公司', '五金工具有限公司'], short: '五金' },
  纺织: { names: ['织造有限公司', '纺织有限公司', '线业有限公司'], short: '织造' },
  日用品: { names: ['日用品有限公司', '塑料制品有限公司'], short: '日用品' },
  玩具: { names: ['玩具有限公司', '工艺玩具有限公司'], short: '玩具' },
  工艺品: { names: ['工艺品有限公司', '圣诞用品有限公司', '相框有限公司'], short: '工艺品' },
  快递: { names: ['快递服务有限公司', '速递有限公司'], short: '快递' },
}

export const TOWNS: TownSpec[] = [
  {
    id: 'sx',
    name: '苏溪镇',
    enterprises: 70,
    industries: { 纺织: 4, 袜业: 4, 针织: 3, 拉链: 2, 五金: 2, 日用品: 2, 物流: 1, 快递: 1 },
    regional: [
      { id: 'ju-sx1', name: '苏溪村联合工会' },
      { id: 'ju-sx2', name: '苏溪镇工业功能区联合工会' },
    ],
    industry: [{ id: 'ju-sx-sock', name: '苏溪镇袜业行业工会联合会', industry: '袜业' }],
  },
  {
    id: 'ft',
    name: '佛堂镇',
    enterprises: 50,
    industries: { 印刷: 4, 工艺品: 3, 玩具: 2, 五金: 2, 针织: 2, 饰品: 1, 快递: 1 },
    regional: [{ id: 'ju-ft1', name: '佛堂镇老街商户联合工会' }],
    industry: [{ id: 'ju-ft-print', name: '佛堂镇印刷包装行业工会联合会', industry: '印刷' }],
  },
  {
    id: 'cc',
    name: '稠城街道',
    enterprises: 60,
    industries: { 电商: 5, 饰品: 4, 工艺品: 2, 日用品: 2, 物流: 1, 快递: 1 },
    regional: [
      { id: 'ju-cc1', name: '稠城街道宾王市场联合工会' },
      { id: 'ju-cc2', name: '稠城街道商务楼宇联合工会' },
    ],
    industry: [{ id: 'ju-cc-ecom', name: '稠城街道电商行业工会联合会', industry: '电商' }],
  },
  {
    id: 'by',
    name: '北苑街道',
    enterprises: 60,
    industries: { 物流: 4, 饰品: 3, 拉链: 2, 五金: 2, 电商: 2, 玩具: 1, 快递: 2 },
    regional: [{ id: 'ju-by1', name: '北苑街道工业区联合工会' }],
    industry: [{ id: 'ju-by-log', name: '北苑街道物流行业工会联合会', industry: '物流' }],
  },
]

/** A city-level industry joint union for couriers (新就业形态劳动者). */
export const CITY_EXPRESS_UNION = { id: 'ju-yw-express', name: '义乌市快递行业工会联合会', industry: '快递' as Industry }

export const BRAND_FIRST = [...'恒佳宏金顺新天博鼎瑞嘉锦丰伟凯亿同欣聚众润泰荣俊腾卓飞雅星福']
export const BRAND_SECOND = [...'达美源诚发远盛禾鸿业通兴悦力辉航邦隆昌誉晟翔宇豪利安康晨']

export const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙朱胡郭何林楼金傅骆龚吕方虞']
export const GIVEN_NAMES = ['敏', '伟', '芳', '静', '丽', '强', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超',
  '秀英', '建华', '晓燕', '国平', '海燕', '志强', '丽萍', '建军', '伟民', '红梅', '立新', '晓东', '雪芬', '卫东']
