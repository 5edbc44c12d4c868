import type Database from 'better-sqlite3'
import type { CalendarStore, CalendarYear } from '../port'

type YearRow = { year: number; holidays: string; workdays: string; updated_at: string; updated_by: string }

const toYear = (r: YearRow): CalendarYear => ({
  year: r.year,
  holidays: JSON.parse(r.holidays) as string[],
  workdays: JSON.parse(r.workdays) as string[],
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
})

export function sqliteCalendar(db: Database.Database): CalendarStore {
  const all = db.prepare<[], YearRow>('SELECT * FROM calendar_years ORDER BY year')
  const put = db.prepare(
    `INSERT INTO calendar_years (year, holidays, workdays, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(year) DO UPDATE SET holidays = excluded.holidays, workdays = excluded.workdays,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  )
  return {
    async listYears() {
      return all.all().map(toYear)
    },
    async putYear(y) {
      put.run(y.year, JSON.stringify(y.holidays), JSON.stringify(y.workdays), y.updatedAt, y.updatedBy)
    },
  }
}
