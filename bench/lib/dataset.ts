/**
 * A synthetic but realistic directory file: one city federation, its towns, and enterprises whose names
 * follow the usual pattern 〈place〉〈trade name〉〈line of business〉〈legal form〉, with valid credit codes.
 * Seeded, so every run benchmarks the same data.
 */
import { creditCodeCheckChar } from '../../types/credit-code'
import type { EnterpriseInput, OrgInput } from '../../types/directory'
import { seededRng, type Rng } from './rng'

export type BenchDirectoryFile = { orgs: OrgInput[]; enterprises: EnterpriseInput[]; officers: [] }

const TOWNS: [string, string][] = [
  ['cc', '稠城街道'], ['by', '北苑街道'], ['cj', '稠江街道'], ['jd', '江东街道'], ['hz', '后宅街道'],
  ['cx', '城西街道'], ['nsl', '廿三里街道'], ['ft', '福田街道'], ['fut', '佛堂镇'], ['sx', '苏溪镇'],
  ['dc', '大陈镇'], ['ctt', '赤岸镇'], ['yt', '义亭镇'], ['sqq', '上溪镇'],
]
const PLACES = ['义乌市', '义乌', '浙江', '金华', '浙江义乌', '']
// Characters Chinese trade names (字号) are commonly made of.
const NAME_CHARS = Array.from(
  '恒达华丰盛鑫源泰隆兴宏瑞祥顺安康美佳力新达金银博通远航创联合信诚德润嘉和宇辰星海天晨明亮光辉耀腾飞龙凤麒麟' +
    '欣悦锦绣雅致优品尚荣昌旺福禄寿喜乐群众志伟业中国际东南西北江山川湖溪云峰林森柏松竹梅兰菊晶彩虹星月阳' +
    '正大永久长青春秋冬夏宝利豪邦富贵百千万亿立鼎晟昊翔骏驰奥凯捷迅科讯智慧思维易诺特赛维琪琳瑶琦璐',
)
const LINES: [string, string][] = [
  ['服装', '纺织服装'], ['服饰', '纺织服装'], ['针织', '纺织服装'], ['袜业', '纺织服装'], ['制衣', '纺织服装'],
  ['饰品', '小商品'], ['工艺品', '小商品'], ['玩具', '小商品'], ['文具', '小商品'], ['日用品', '小商品'],
  ['塑料制品', '制造业'], ['五金', '制造业'], ['机械', '制造业'], ['电子科技', '科技'], ['拉链', '制造业'],
  ['包装', '制造业'], ['印刷', '制造业'], ['照明电器', '制造业'], ['箱包', '制造业'], ['眼镜', '制造业'],
  ['化妆品', '小商品'], ['食品', '食品'], ['餐饮管理', '餐饮'], ['网络科技', '科技'], ['信息技术', '科技'],
  ['电子商务', '电子商务'], ['供应链管理', '物流'], ['物流', '物流'], ['快递', '物流'], ['贸易', '商贸'],
  ['进出口', '商贸'], ['建材', '建筑'], ['建筑工程', '建筑'], ['装饰工程', '建筑'], ['物业管理', '服务业'],
  ['家政服务', '服务业'], ['人力资源', '服务业'], ['汽车配件', '制造业'], ['新材料', '制造业'], ['医疗器械', '制造业'],
]
const FORMS = ['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司', '厂', '商行', '经营部']
const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const YIWU_DIVISION = '330782'

/** 18-character unified social credit code, unique per index: 91 + division + 9-character body + check. */
export function creditCodeFor(index: number): string {
  let n = (index * 104_729 + 7_654_321) % 31 ** 9 // a bijection on [0, 31^9): 104729 is prime, not 31
  let body = ''
  for (let i = 0; i < 9; i++, n = Math.floor(n / 31)) body = CODE_ALPHABET[n % 31] + body
  const first17 = `91${YIWU_DIVISION}${body}`
  return first17 + creditCodeCheckChar(first17)!
}

function enterpriseName(rng: Rng): { name: string; industry: string } {
  const [line, industry] = rng.pick(LINES)
  const tradeLength = rng.next() < 0.85 ? 2 : 3
  let trade = ''
  for (let i = 0; i < tradeLength; i++) trade += rng.pick(NAME_CHARS)
  return { name: `${rng.pick(PLACES)}${trade}${line}${rng.pick(FORMS)}`, industry }
}

/** Staff counts are skewed: most enterprises are small, a few are large. */
const staffCount = (rng: Rng) => Math.floor(3 * Math.exp(rng.next() * Math.log(700)))

export function makeDirectoryFile(opts: { enterprises: number; towns: number; seed?: number }): BenchDirectoryFile {
  if (opts.towns < 1 || opts.towns > TOWNS.length) throw new Error(`towns must be 1..${TOWNS.length}`)
  const rng = seededRng(opts.seed ?? 20_260_101)
  const towns = TOWNS.slice(0, opts.towns)
  const orgs: OrgInput[] = [
    { id: 'yw', name: '义乌市总工会', type: 'city_federation', parentId: null },
    ...towns.map(([id, name]): OrgInput => ({ id: `yw-${id}`, name: `${name}总工会`, type: 'town_federation', parentId: 'yw' })),
  ]
  const enterprises: EnterpriseInput[] = []
  for (let i = 0; i < opts.enterprises; i++) {
    const { name, industry } = enterpriseName(rng)
    enterprises.push({
      id: `ent-${String(i).padStart(6, '0')}`,
      name,
      creditCode: creditCodeFor(i),
      townId: `yw-${rng.pick(towns)[0]}`,
      unionId: null,
      jointUnionId: null,
      staff: staffCount(rng),
      industry,
    })
  }
  return { orgs, enterprises, officers: [] }
}

/**
 * 2–4 character fragments cut from real names in the file, as a worker types part of an employer's name:
 * the legal form (有限公司…) is left out, since nobody searches for "公司".
 */
export function searchFragments(file: BenchDirectoryFile, count: number, seed = 7): string[] {
  const rng = seededRng(seed)
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    const name = rng.pick(file.enterprises).name
    const form = FORMS.find((f) => name.endsWith(f)) ?? ''
    const chars = Array.from(name.slice(0, name.length - form.length))
    const length = Math.min(rng.int(2, 4), chars.length)
    const start = rng.int(0, chars.length - length)
    out.push(chars.slice(start, start + length).join(''))
  }
  return out
}
