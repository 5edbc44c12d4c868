/**
 * The winter campaign against wage arrears (根治欠薪冬季专项行动) runs up to the Spring Festival, when migrant workers
 * go home and unpaid wages hurt most. The board highlights the two reporting months whose last day falls within the
 * two months before the festival (always exactly two: Dec and Jan for a February festival, Nov and Dec for a January one).
 * Dates: 春节 (正月初一) as published; add a row when a year is needed.
 */
import { addCalendarDays } from '../calendar'
import { addMonths } from './due'

export const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
}

/** The festival date two months earlier, same day (clamped to the month's end). */
function twoMonthsBefore(day: string): string {
  const month = addMonths(day.slice(0, 7), -2)
  const lastDay = addCalendarDays(`${addMonths(month, 1)}-01`, -1)
  const wanted = `${month}-${day.slice(8, 10)}`
  return wanted > lastDay ? lastDay : wanted
}

/** The festival this month leads up to, when the month is one of the two highlighted; else null. */
export function winterCampaign(month: string): { festival: string } | null {
  const lastDay = addCalendarDays(`${addMonths(month, 1)}-01`, -1)
  const year = Number(month.slice(0, 4))
  for (const y of [year, year + 1]) {
    const festival = SPRING_FESTIVAL[y]
    if (festival && lastDay >= twoMonthsBefore(festival) && lastDay < festival) return { festival }
  }
  return null
}
