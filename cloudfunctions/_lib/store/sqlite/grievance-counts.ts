/**
 * The risk radar's pass over a town's cases (grievances.countsByEnterprise) on SQLite: read from counters, not from
 * the cases. Migration 018 keeps, per town that asked once, the window's cases counted per (enterprise, category,
 * flags) in `radar_case_counts`, and its triggers count every insert, update and delete of a case in that window.
 * A pass then only moves the window's start to `since` (taking away the few cases that left it since the last pass,
 * one short walk of the covering index) and reads the town's counters: a few thousand rows instead of 100,000 index
 * entries (docs/decisions/0018-risk-radar.md). A window that starts earlier than the counters' adds the cases between
 * back the same way. A town's first pass, or a different collective threshold, builds the counters with one grouped
 * walk of the index (the old pass).
 */
import type Database from 'better-sqlite3'
import { addCases, tallyGroups, type CaseGroup, type EnterpriseCases } from '../../domain/radar/signals'

/** flags: 1 collective, 2 protected (the counters' `flags` column). */
export const groupOf = (enterpriseId: string, category: string, flags: number, cases: number): CaseGroup => ({
  enterpriseId, category, collective: (flags & 1) === 1, protected: (flags & 2) === 2, cases,
})

const FLAGS = `(affected_count >= @from OR participant_count >= @from) + 2 * (strict_privacy <> 'named')`

export const CASE_COUNT_SQL = {
  window: 'SELECT since, collective_from AS collectiveFrom FROM radar_case_windows WHERE town_id = ?',
  // The town's counters as ONE row: per counter `enterprise US category flags:cases`, counters joined by RS, in key
  // order (so by enterprise). A row per counter costs better-sqlite3 about 1 µs each; a string is walked in a fraction.
  counters: `SELECT count(*) AS n, group_concat(enterprise_id || char(31) || category || flags || ':' || cases, char(30)) AS text
    FROM radar_case_counts WHERE town_id = ? AND cases > 0`,
  counterRows: 'SELECT enterprise_id, category, flags, cases FROM radar_case_counts WHERE town_id = ? AND cases > 0',
  // The full pass, grouped by SQLite (a temp B-tree over the window's index entries): the counters' build, and what
  // the counters must always equal (tests).
  grouped: `SELECT enterprise_id AS enterpriseId, category, ${FLAGS} AS flags, count(*) AS cases
    FROM grievances INDEXED BY grievances_town_created
    WHERE town_id = @town AND created_at >= @since AND enterprise_id IS NOT NULL
    GROUP BY enterprise_id, category, 3`,
  dropCounters: 'DELETE FROM radar_case_counts WHERE town_id = ?',
  dropEmpty: `DELETE FROM radar_case_counts
    WHERE town_id = @town AND enterprise_id = @enterprise AND category = @category AND flags = @flags AND cases <= 0`,
  putWindow: `INSERT INTO radar_case_windows (town_id, since, collective_from) VALUES (@town, @since, @from)
    ON CONFLICT (town_id) DO UPDATE SET since = excluded.since, collective_from = excluded.collective_from`,
  build: `INSERT INTO radar_case_counts (town_id, enterprise_id, category, flags, cases)
    SELECT @town, enterprise_id, category, ${FLAGS}, count(*)
    FROM grievances INDEXED BY grievances_town_created
    WHERE town_id = @town AND created_at >= @since AND enterprise_id IS NOT NULL
    GROUP BY enterprise_id, category, 4`,
  // The cases created in [from, to), grouped: those that left the window when its start moves on (taken off their
  // counters), or that enter it when its start moves back (added), each group by the counter's key.
  between: `SELECT enterprise_id, category, ${FLAGS} AS flags, count(*) AS cases
    FROM grievances INDEXED BY grievances_town_created
    WHERE town_id = @town AND created_at >= @lo AND created_at < @hi AND enterprise_id IS NOT NULL
    GROUP BY 1, 2, 3`,
  add: `INSERT INTO radar_case_counts (town_id, enterprise_id, category, flags, cases) VALUES (@town, @enterprise, @category, @flags, @cases)
    ON CONFLICT (town_id, enterprise_id, category, flags) DO UPDATE SET cases = cases + excluded.cases`,
}

type Window = { since: string; collectiveFrom: number }
type CounterRow = [enterpriseId: string, category: string, flags: number, cases: number]
type Concatenated = { n: number; text: string | null }

/** Between counters, and between an enterprise id and its counter's kind (control characters no id holds; checked). */
const RS = '\u001e'
const US = '\u001f'

/**
 * The concatenated counters tallied per enterprise, in one walk that allocates little besides the tallies: an
 * enterprise id is sliced once per enterprise (the counters come by enterprise), a category once, a count read digit
 * by digit. Null when the text does not hold `n` well-formed counters
 * (an id or a category holding RS or US: the caller then reads the counters row by row).
 */
export function parseCounters(r: Concatenated): EnterpriseCases[] | null {
  if (r.n === 0 || r.text === null) return []
  const { text } = r
  const out: EnterpriseCases[] = []
  let entry: EnterpriseCases | undefined
  let counters = 0
  const categories: string[] = []
  let enterpriseId = ''
  let at = 0
  while (at <= text.length) {
    let end = text.indexOf(RS, at)
    if (end < 0) end = text.length
    const us = text.indexOf(US, at)
    const colon = text.lastIndexOf(':', end)
    if (us < 0 || us >= end || colon <= us + 1) return null
    const more = text.indexOf(US, us + 1)
    if (more >= 0 && more < end) return null
    // The same enterprise as the counter before: no new string for its id.
    if (entry === undefined || !(us - at === enterpriseId.length && text.startsWith(enterpriseId, at))) {
      enterpriseId = text.slice(at, us)
      out.push((entry = { enterpriseId, cases: {} }))
    }
    // The category: one of those already seen (compared in place), else sliced once.
    const length = colon - 1 - (us + 1)
    let category: string | undefined
    for (const c of categories) {
      if (c.length === length && text.startsWith(c, us + 1)) {
        category = c
        break
      }
    }
    if (category === undefined) categories.push((category = text.slice(us + 1, colon - 1)))
    const flags = text.charCodeAt(colon - 1) - 48
    let cases = 0
    for (let i = colon + 1; i < end; i++) {
      const digit = text.charCodeAt(i) - 48
      if (digit < 0 || digit > 9) return null
      cases = cases * 10 + digit
    }
    if (flags < 0 || flags > 3 || !(cases > 0)) return null
    addCases(entry.cases, category, (flags & 1) === 1, (flags & 2) === 2, cases)
    counters++
    at = end + 1
  }
  return counters === r.n ? out : null
}

type Query = { townId: string; since: string; collectiveFrom: number }

export function sqliteCaseCounts(db: Database.Database) {
  const S = CASE_COUNT_SQL
  const window = db.prepare<[string], Window>(S.window)
  const counters = db.prepare<[string], Concatenated>(S.counters)
  const counterRows = db.prepare<[string], CounterRow>(S.counterRows).raw()
  const dropCounters = db.prepare<[string]>(S.dropCounters)
  const dropEmpty = db.prepare<[Record<string, string | number>]>(S.dropEmpty)
  const putWindow = db.prepare<[Record<string, string | number>]>(S.putWindow)
  const build = db.prepare<[Record<string, string | number>]>(S.build)
  const between = db.prepare<[Record<string, string | number>], CounterRow>(S.between).raw()
  const add = db.prepare<[Record<string, string | number>]>(S.add)
  /** Adds (sign 1) or takes off (sign -1) the cases created in [lo, hi) to or from the town's counters. */
  const shift = (town: string, from: number, lo: string, hi: string, sign: 1 | -1) => {
    for (const [enterprise, category, flags, cases] of between.all({ town, from, lo, hi })) {
      const key = { town, enterprise, category, flags }
      add.run({ ...key, cases: sign * cases })
      // A counter the move emptied goes (the town's counters stay as many as its signals).
      if (sign < 0) dropEmpty.run(key)
    }
  }

  const current = (w: Window | undefined, q: Query) => w !== undefined && w.collectiveFrom === q.collectiveFrom && w.since === q.since
  const read = (townId: string) => {
    const r = counters.get(townId) as Concatenated
    return parseCounters(r) ?? tallyGroups(counterRows.all(townId).map(([e, category, flags, cases]) => groupOf(e, category, flags, cases)))
  }

  /** The counters as they stand when their window is the one asked for (one read transaction: a consistent pair). */
  const readCurrent = db.transaction((q: Query) => (current(window.get(q.townId), q) ? read(q.townId) : null))

  /** Moves (or builds) the town's window to the one asked for, then reads it: one write transaction. */
  const moveAndRead = db.transaction((q: Query) => {
    const w = window.get(q.townId)
    const params = { town: q.townId, since: q.since, from: q.collectiveFrom }
    if (w === undefined || w.collectiveFrom !== q.collectiveFrom) {
      dropCounters.run(q.townId)
      build.run(params)
    } else if (q.since > w.since) {
      shift(q.townId, q.collectiveFrom, w.since, q.since, -1)
    } else if (q.since < w.since) {
      // An earlier start (a sweep that began before the list's last pass): the cases between enter again.
      shift(q.townId, q.collectiveFrom, q.since, w.since, 1)
    }
    if (!current(w, q)) putWindow.run(params)
    return read(q.townId)
  })

  return {
    countsByEnterprise(q: Query): EnterpriseCases[] {
      // Only a window that moved takes the write lock (IMMEDIATE: no upgrade from a read that another writer could fail).
      return readCurrent(q) ?? moveAndRead.immediate(q)
    },
  }
}
