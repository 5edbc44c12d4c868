import { useCallback, useState } from 'react'
import type { ErrorBody } from '../../../types/envelope'
import type { MemberView } from '../../../types/membership-views'
import { mutualAidApi, type EnrolResult } from '../../services/mutual-aid'
import { chunks } from '../format'

/** Members sent per call: 5,000 go in five calls, so the page can say how far it got. */
export const ENROL_CHUNK = 1000

export type EnrolProgress = {
  phase: 'idle' | 'roster' | 'enrolling' | 'done'
  /** Roster members read so far (taking everyone), or members sent so far (enrolling). */
  done: number
  total: number
  enrolled: EnrolResult['enrolled']
  refused: EnrolResult['refused']
  error: ErrorBody | null
}

const idle: EnrolProgress = { phase: 'idle', done: 0, total: 0, enrolled: [], refused: [], error: null }

/** Group enrolment: the whole active roster or a pick, sent in chunks, with progress and the refusals kept with their codes. */
export function useEnrol() {
  const [progress, setProgress] = useState<EnrolProgress>(idle)

  const enrol = useCallback(async (planId: string, memberNos: string[]) => {
    const total = memberNos.length
    setProgress({ ...idle, phase: 'enrolling', total })
    let sent = 0
    for (const part of chunks(memberNos, ENROL_CHUNK)) {
      const res = await mutualAidApi.enrol(planId, part)
      if (!res.ok) return setProgress((p) => ({ ...p, phase: 'done', error: res.error }))
      sent += part.length
      setProgress((p) => ({ ...p, done: sent, enrolled: [...p.enrolled, ...res.data.enrolled], refused: [...p.refused, ...res.data.refused] }))
    }
    setProgress((p) => ({ ...p, phase: 'done' }))
  }, [])

  /** Reads the whole roster (100 a page) and enrols its active members. */
  const enrolAll = useCallback(async (planId: string) => {
    setProgress({ ...idle, phase: 'roster' })
    const members: MemberView[] = []
    let after: string | undefined
    do {
      const res = await mutualAidApi.roster(after)
      if (!res.ok) return setProgress((p) => ({ ...p, phase: 'done', error: res.error }))
      members.push(...res.data.items)
      after = res.data.next ?? undefined
      setProgress((p) => ({ ...p, done: members.length }))
    } while (after)
    const active = members.filter((m) => m.status === 'active').map((m) => m.memberNo)
    if (active.length === 0) return setProgress({ ...idle, phase: 'done', error: { code: 'EMPTY', message: '名单里没有在册（正常状态）的会员' } })
    await enrol(planId, active)
  }, [enrol])

  return { progress, enrol, enrolAll, reset: () => setProgress(idle) }
}
