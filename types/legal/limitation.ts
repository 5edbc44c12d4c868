/**
 * 劳动争议仲裁时效 (《劳动争议调解仲裁法》第二十七条), pure: the working-day predicate is passed in, so the
 * page (with the calendar it fetched once) and the function (with its WorkCalendar) give the same answer.
 */
import { addDays, addYears, dayLabel, dayNumber } from './days'

export type LimitationInput = {
  category: string
  /** The day the worker knew or should have known of the infringement. */
  knewAt: string
  employmentEndedAt?: string | null
  /** Days of an interruption: a demand to the employer, a complaint to an authority, the employer agreeing to pay. */
  interruptions?: string[]
}
export type Limitation = {
  /** The last day to apply for arbitration, or null when no period runs yet (wages while still employed). */
  deadline: string | null
  daysLeft: number | null
  /** Fewer than 7 days left: legal aid may start before its review (《法律援助法》第四十四条). */
  urgent: boolean
  expired: boolean
  /** Chinese explanation lines, the legal basis last. */
  basis: string[]
}

const ART_27 = '《劳动争议调解仲裁法》第二十七条'
const URGENT_DAYS = 7
/** A run of rest days longer than any official holiday means broken calendar data. */
const MAX_REST_RUN = 30

/** The first working day on or after `day` (a make-up working day 调休 counts as working). */
function onWorkday(day: string, isWorkday: (day: string) => boolean): string {
  let d = day
  for (let i = 0; i < MAX_REST_RUN && !isWorkday(d); i++) d = addDays(d, 1)
  return d
}

export function limitationClock(input: LimitationInput, today: string, isWorkday: (day: string) => boolean): Limitation {
  const interruptions = [...(input.interruptions ?? [])].sort()
  const ended = input.employmentEndedAt ?? null
  if (input.category === 'wage' && !ended) {
    return {
      deadline: null, daysLeft: null, urgent: false, expired: false,
      basis: ['劳动关系存续期间拖欠劳动报酬的，申请仲裁不受一年时效限制；', '劳动关系终止后，应当自终止之日起一年内提出。', ART_27],
    }
  }
  // Wages after the job ended: the year runs from the end date, restarted by a later interruption.
  const from = input.category === 'wage'
    ? [ended!, ...interruptions.filter((d) => d > ended!)].sort().reverse()[0]
    : [input.knewAt, ...interruptions].sort().reverse()[0]
  const yearLater = addYears(from, 1)
  const deadline = onWorkday(yearLater, isWorkday)
  const daysLeft = dayNumber(deadline) - dayNumber(today)
  const start = input.category === 'wage'
    ? (from === ended ? `劳动关系终止之日 ${dayLabel(from)}` : `时效中断之日 ${dayLabel(from)}`)
    : (from === input.knewAt ? `知道或应当知道权利被侵害之日 ${dayLabel(from)}` : `时效中断之日 ${dayLabel(from)}（从中断时起重新计算）`)
  return {
    deadline, daysLeft, urgent: daysLeft >= 0 && daysLeft < URGENT_DAYS, expired: daysLeft < 0,
    basis: [
      `从${start}起算一年，到 ${dayLabel(yearLater)}；`,
      ...(deadline !== yearLater ? [`该日是休息日或法定节假日，顺延到下一个工作日 ${dayLabel(deadline)}。`] : []),
      daysLeft < 0 ? '仲裁时效可能已经届满；有中断、中止的正当理由的，请尽快咨询律师。' : `距离截止还有 ${daysLeft} 天。`,
      ART_27,
    ],
  }
}

/** A working-day predicate from official schedule lists (as `directory.listCalendarYears` answers them). */
export function workdayPredicate(data: { holidays: string[]; workdays: string[] }): (day: string) => boolean {
  const off = new Set(data.holidays)
  const on = new Set(data.workdays)
  return (day) => {
    if (on.has(day)) return true
    const weekday = new Date(dayNumber(day) * 86_400_000).getUTCDay()
    return weekday !== 0 && weekday !== 6 && !off.has(day)
  }
}
