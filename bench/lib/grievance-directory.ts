/**
 * A directory for the grievance benches: the generated city and towns (dataset.ts), and under each town
 * three area committees and a regional joint union; the larger enterprises get their own union (three in
 * four under an area committee), a third of the small ones are covered by the joint union. One officer per
 * town. Cases are then generated onto these orgs, so the host's actions and the real sweep see a tree.
 */
import type { DirectoryFile, OfficerInput, OrgInput } from '../../types/directory'
import { importDirectory } from '../../cloudfunctions/directory/importDirectory'
import { isFailure } from '../../cloudfunctions/_lib/runtime/result'
import type { Store } from '../../cloudfunctions/_lib/store/port'
import type { CaseLayout, CaseOrg } from '../grievance-store'
import { makeDirectoryFile } from './dataset'

export type GrievanceDirectory = {
  file: DirectoryFile
  /** The town federation that holds the big queue, and its officer's openid. */
  bigTownId: string
  bigTownOfficer: string
}

const officerOf = (orgId: string) => `bench-officer-${orgId}`

export function makeGrievanceDirectory(opts: { enterprises: number; towns: number; enterpriseUnions: number }): GrievanceDirectory {
  const base = makeDirectoryFile({ enterprises: opts.enterprises, towns: opts.towns })
  const towns = base.orgs.filter((o) => o.type === 'town_federation')
  const orgs: OrgInput[] = [...base.orgs]
  for (const t of towns) {
    for (const n of [1, 2, 3]) orgs.push({ id: `${t.id}-a${n}`, name: `${t.name.replace('总工会', '')}第${n}片区工委`, type: 'area_committee', parentId: t.id })
    orgs.push({ id: `${t.id}-j1`, name: `${t.name.replace('总工会', '')}联合工会`, type: 'joint_union', kind: 'regional', parentId: t.id })
  }
  let unions = 0
  const enterprises = base.enterprises.map((e, i) => {
    if (e.staff >= 25 && unions < opts.enterpriseUnions) {
      const id = `eu-${e.id}`
      const parentId = unions++ % 4 === 3 ? e.townId : `${e.townId}-a${1 + (i % 3)}`
      orgs.push({ id, name: `${e.name.slice(0, 90)}工会`, type: 'enterprise_union', parentId })
      return { ...e, unionId: id }
    }
    return e.staff < 25 && i % 3 === 0 ? { ...e, jointUnionId: `${e.townId}-j1` } : e
  })
  const officers: OfficerInput[] = [
    { openid: officerOf('yw'), orgId: 'yw', role: 'officer', name: '市总干部' },
    ...towns.map((t): OfficerInput => ({ openid: officerOf(t.id), orgId: t.id, role: 'officer', name: '镇街干部' })),
  ]
  return { file: { orgs, enterprises, officers }, bigTownId: towns[0].id, bigTownOfficer: officerOf(towns[0].id) }
}

/**
 * Imports the directory and reads back where cases may sit: the big town, and every org below the city
 * but that town (paths as the store computed them).
 */
export async function importForCases(store: Store, dir: GrievanceDirectory): Promise<CaseLayout> {
  const summary = await importDirectory(store, dir.file)
  if (isFailure(summary)) throw new Error(`bench directory refused: ${summary.message} ${JSON.stringify(summary.fields).slice(0, 300)}`)
  const stored = await store.directory.getOrgs(dir.file.orgs.map((o) => o.id))
  const toCaseOrg = (o: { id: string; path: string; townId: string | null }): CaseOrg => ({ id: o.id, path: o.path, townId: o.townId })
  const big = stored.find((o) => o.id === dir.bigTownId)
  if (!big) throw new Error('the big town was not imported')
  // Sorted, so the seeded generator puts the same cases on the same orgs in every run.
  const others = stored
    .filter((o) => o.type !== 'city_federation' && o.id !== big.id)
    .map(toCaseOrg)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
  return { big: toCaseOrg(big), others }
}
