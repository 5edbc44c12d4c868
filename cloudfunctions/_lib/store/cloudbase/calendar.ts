import type { CalendarStore, CalendarYear } from '../port'
import { putDoc, readAll, type Db, type Doc } from './db'

const toYear = (d: Doc): CalendarYear => ({
  year: d.year as number,
  holidays: d.holidays as string[],
  workdays: d.workdays as string[],
  updatedAt: d.updatedAt as string,
  updatedBy: d.updatedBy as string,
})

/** `_id` is the year as a string ("2026"). */
export function cloudbaseCalendar(db: Db): CalendarStore {
  return {
    async listYears() {
      return (await readAll(db, 'calendar_years', {})).map(toYear).sort((a, b) => a.year - b.year)
    },
    async putYear(y) {
      await putDoc(db, 'calendar_years', String(y.year), { ...y })
    },
  }
}
