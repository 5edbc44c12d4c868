/**
 * Plans an insured-list import (pure): every checked row becomes the enterprise's entry, merged with the stored
 * one (status, organiser and notes kept; the count added to its history). Town: the directory's for an enterprise
 * in it, else the file's (a town id or name); a town admin's rows must all lie in its own town. Any problem →
 * nothing is planned (the import is all-or-nothing).
 */
import type { Enterprise, Org } from '../../../../types/directory'
import type { InsuredRow, RowProblems } from '../../../../types/organising-rows'
import type { OrganisingEntry } from './entry'

/** Counts kept per enterprise (a monthly list: a year of history). */
export const HISTORY_KEPT = 12

export type ImportContext = {
  importId: string
  at: string
  towns: readonly Org[]
  /** A town admin's town: rows elsewhere are refused, rows without a town land there. Null for a city admin. */
  scopeTownId: string | null
  enterprises: ReadonlyMap<string, Enterprise>
  existing: ReadonlyMap<string, OrganisingEntry>
}
export type ImportPlan = { ok: true; entries: OrganisingEntry[] } | { ok: false; problems: RowProblems }

export const isCovered = (e: Enterprise | undefined) => !!e && (e.unionId !== null || e.jointUnionId !== null)

export function planInsuredImport(rows: readonly InsuredRow[], c: ImportContext): ImportPlan {
  const byId = new Map(c.towns.map((t) => [t.id, t]))
  // A file names its town as the social-insurance office does: 苏溪镇, or the federation's own name 苏溪镇总工会.
  const byName = new Map(c.towns.flatMap((t) => [[t.name, t], [t.name.replace(/总工会$/, ''), t]] as const))
  const problems: RowProblems = {}
  const entries: OrganisingEntry[] = []
  for (const row of rows) {
    const ent = c.enterprises.get(row.creditCode)
    const fileTown = row.town ? (byId.get(row.town) ?? byName.get(row.town)) : undefined
    if (row.town && !fileTown && !ent) {
      problems[`rows.${row.line}.townId`] = `没有名为“${row.town}”的镇街`
      continue
    }
    const townId = ent?.townId ?? fileTown?.id ?? c.scopeTownId
    if (!townId) {
      problems[`rows.${row.line}.townId`] = '未入库企业须填写所属镇街'
      continue
    }
    if (c.scopeTownId && townId !== c.scopeTownId) {
      problems[`rows.${row.line}.${ent ? 'creditCode' : 'townId'}`] = '该企业不在本镇街，只能导入本镇街的企业'
      continue
    }
    entries.push(mergeEntry(row, townId, ent, c.existing.get(row.creditCode), c))
  }
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true, entries }
}

function mergeEntry(row: InsuredRow, townId: string, ent: Enterprise | undefined, prev: OrganisingEntry | undefined, c: ImportContext): OrganisingEntry {
  const count = { importId: c.importId, month: row.month, insured: row.insured, at: c.at }
  const covered = isCovered(ent)
  const history = [count, ...(prev?.history ?? []).filter((h) => h.importId !== c.importId)].slice(0, HISTORY_KEPT)
  const base = {
    name: ent?.name ?? row.name,
    insured: row.insured,
    month: row.month,
    townId,
    enterpriseId: ent?.id ?? null,
    covered,
    history,
    importId: c.importId,
    updatedAt: c.at,
  }
  if (!prev) {
    return {
      creditCode: row.creditCode, ...base, areaId: null, coveredAt: null, status: 'todo', organiserOpenid: null, organiserName: null,
      nextContact: null, remindAt: null, notes: [], createdAt: c.at, version: 1,
    }
  }
  const moved = prev.townId !== townId
  return {
    ...prev,
    ...base,
    // Another town's area committee and organiser do not follow the enterprise.
    areaId: moved ? null : prev.areaId,
    organiserOpenid: moved ? null : prev.organiserOpenid,
    organiserName: moved ? null : prev.organiserName,
    coveredAt: covered ? (prev.coveredAt ?? (prev.covered ? null : c.at)) : null,
    version: prev.version + 1,
  }
}
