/**
 * Generates the Yiwu-like demo directory (scripts/demo/yiwu.json) from a fixed seed: the same code always
 * writes the same bytes. Regenerate with `npx tsx scripts/demo/generate.ts`.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DirectoryFile } from '../../types/directory'
import { creditCodeGenerator } from './credit-codes'
import { seededRandom, type Random } from '../lib/random'
import {
  BRAND_FIRST, BRAND_SECOND, CITY_EXPRESS_UNION, GIVEN_NAMES, INDUSTRY_WORDS, SURNAMES, TOWNS,
  type Industry, type TownSpec,
} from './vocabulary'

type Org = DirectoryFile['orgs'][number]
type Enterprise = DirectoryFile['enterprises'][number]
type Officer = DirectoryFile['officers'][number]

const SEED = 20260310
const CITY = { id: 'yw', name: '义乌市总工会', type: 'city_federation' } as const
export const DEMO_FILE = join(__dirname, 'yiwu.json')

export function generateDemoDirectory(): DirectoryFile {
  const random = seededRandom(SEED)
  const nextCreditCode = creditCodeGenerator(random)
  const brands = brandSource(random)
  const express = CITY_EXPRESS_UNION
  const orgs: Org[] = [CITY, { id: express.id, name: express.name, type: 'joint_union', kind: 'industry', parentId: 'yw' }]
  const enterprises: Enterprise[] = []

  for (const town of TOWNS) {
    orgs.push(...townOrgs(town))
    if (town.id === 'sx') {
      orgs.push({ id: 'eu-hx', name: '华鑫织造工会', type: 'enterprise_union', parentId: 'sx-a1' })
      enterprises.push({ id: 'e-hx', name: '义乌华鑫织造有限公司', creditCode: nextCreditCode(), townId: 'sx',
        unionId: 'eu-hx', jointUnionId: null, staff: 320, industry: '纺织' })
    }
    const fixed = enterprises.filter((e) => e.townId === town.id).length
    for (let i = fixed + 1; i <= town.enterprises; i++) {
      const id = `${town.id}-${String(i).padStart(3, '0')}`
      const made = enterprise(random, town, id, brands(), nextCreditCode())
      enterprises.push(made.enterprise)
      if (made.union) orgs.push(made.union)
    }
  }
  return { orgs, enterprises, officers: officers(random, orgs) }
}

function townOrgs(town: TownSpec): Org[] {
  return [
    { id: town.id, name: `${town.name}总工会`, type: 'town_federation', parentId: 'yw' },
    { id: `${town.id}-a1`, name: `${town.name}第一片区工委`, type: 'area_committee', parentId: town.id },
    { id: `${town.id}-a2`, name: `${town.name}第二片区工委`, type: 'area_committee', parentId: town.id },
    ...town.regional.map((j): Org => ({ ...j, type: 'joint_union', kind: 'regional', parentId: town.id })),
    ...town.industry.map(({ id, name }): Org => ({ id, name, type: 'joint_union', kind: 'industry', parentId: town.id })),
  ]
}

/** Unique two-character brand names, never 华鑫 (the issue's own demo enterprise) nor an unlucky pair. */
function brandSource(random: Random): () => string {
  const used = new Set(['华鑫', '福利'])
  return () => {
    for (;;) {
      const brand = random.pick(BRAND_FIRST) + random.pick(BRAND_SECOND)
      if (!used.has(brand)) {
        used.add(brand)
        return brand
      }
    }
  }
}

function weightedIndustry(random: Random, town: TownSpec): Industry {
  const entries = Object.entries(town.industries) as [Industry, number][]
  let roll = random.next() * entries.reduce((sum, [, w]) => sum + w, 0)
  for (const [industry, weight] of entries) {
    roll -= weight
    if (roll < 0) return industry
  }
  return entries[entries.length - 1][0]
}

/** One enterprise: about a third have their own union, most small ones a joint union, the rest none. */
function enterprise(random: Random, town: TownSpec, id: string, brand: string, creditCode: string) {
  const industry = weightedIndustry(random, town)
  const words = INDUSTRY_WORDS[industry]
  const row = (name: string, unionId: string | null, jointUnionId: string | null, staff: number): Enterprise =>
    ({ id: `e-${id}`, name, creditCode, townId: town.id, unionId, jointUnionId, staff, industry })
  const roll = random.next()
  if (roll < 0.35) {
    const staff = random.logInt(40, 2000)
    const listed = staff >= 800 && random.chance(0.5)
    const name = `${listed ? '浙江' : '义乌市'}${brand}${random.pick(words.names).replace(/有限公司$/, listed ? '股份有限公司' : '有限公司')}`
    const union: Org = { id: `eu-${id}`, name: `${brand}${words.short}工会`, type: 'enterprise_union',
      parentId: random.chance(0.75) ? `${town.id}-a${random.int(1, 2)}` : town.id }
    return { enterprise: row(name, union.id, null, staff), union }
  }
  const name = `义乌市${brand}${random.pick(words.names)}`
  const industryUnion = industry === CITY_EXPRESS_UNION.industry ? CITY_EXPRESS_UNION : town.industry.find((j) => j.industry === industry)
  if (roll < 0.8) {
    const jointUnionId = industryUnion && random.chance(0.8) ? industryUnion.id : random.pick(town.regional).id
    return { enterprise: row(name, null, jointUnionId, random.logInt(5, 150)), union: null }
  }
  // No union at all; some of these have 25+ staff and belong on the organising (建会) list.
  const staff = random.chance(0.35) ? random.int(25, 180) : random.int(5, 24)
  return { enterprise: row(name, null, null, staff), union: null }
}

/** Stable openids at every level: city admin and lawyers, each town, area committee and joint union, some enterprise unions. */
function officers(random: Random, orgs: Org[]): Officer[] {
  const person = () => random.pick(SURNAMES) + random.pick(GIVEN_NAMES)
  const list: Officer[] = [
    { openid: 'o-city-admin', orgId: 'yw', role: 'admin', name: person() },
    { openid: 'o-city-1', orgId: 'yw', role: 'officer', name: person() },
    { openid: 'o-lawyer-1', orgId: 'yw', role: 'lawyer', name: person() },
    { openid: 'o-lawyer-2', orgId: 'yw', role: 'lawyer', name: person() },
  ]
  for (const town of TOWNS) {
    list.push({ openid: `o-town-${town.id}-admin`, orgId: town.id, role: 'admin', name: person() })
    list.push({ openid: `o-town-${town.id}-1`, orgId: town.id, role: 'officer', name: town.id === 'sx' ? '王敏' : person() })
    list.push({ openid: `o-town-${town.id}-2`, orgId: town.id, role: 'officer', name: person() })
  }
  const officered = orgs.filter((o) => o.type === 'area_committee' || o.type === 'joint_union')
  const enterpriseUnions = orgs.filter((o) => o.type === 'enterprise_union')
  const firstPerTown = TOWNS.map((t) => enterpriseUnions.find((u) => u.id.startsWith(`eu-${t.id}-`))!)
  for (const org of [...officered, ...enterpriseUnions.filter((u) => u.id === 'eu-hx'), ...firstPerTown]) {
    list.push({ openid: `o-${org.id}-1`, orgId: org.id, role: 'officer', name: person() })
  }
  list.push({ openid: 'o-eu-hx-2', orgId: 'eu-hx', role: 'officer', name: person() })
  return list
}

/** One record per line: readable diffs, still plain JSON. */
export function serialise(file: DirectoryFile): string {
  const section = (rows: object[]) => `[\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`
  return `{\n  "orgs": ${section(file.orgs)},\n  "enterprises": ${section(file.enterprises)},\n  "officers": ${section(file.officers)}\n}\n`
}

if (require.main === module) {
  const file = generateDemoDirectory()
  writeFileSync(DEMO_FILE, serialise(file))
  console.log(`wrote ${DEMO_FILE}: ${file.orgs.length} orgs, ${file.enterprises.length} enterprises, ${file.officers.length} officers`)
}
