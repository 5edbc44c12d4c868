/**
 * Runs timer-triggered functions in-process on their schedule with the real clock, as CloudBase's timer
 * triggers would (system caller, the function's timerAction). UNION_TIMERS=0 turns this off.
 */
import type { Deps } from '../../cloudfunctions/_lib/runtime/deps'
import type { FunctionDef } from '../../cloudfunctions/_lib/runtime/function'

/** Schedules by function name: escalate hourly; notify every minute (with the host's log sender, deps.ts). */
export const TIMER_SCHEDULES_MS: Record<string, number> = { escalate: 3_600_000, notify: 60_000, dashboard: 3_600_000 }

export function startTimers(fns: Record<string, FunctionDef>, deps: Deps, schedules = TIMER_SCHEDULES_MS) {
  const handles: NodeJS.Timeout[] = []
  for (const [name, everyMs] of Object.entries(schedules)) {
    const fn = fns[name]
    if (!fn?.timerAction) continue
    const tick = async () => {
      const out = await fn.invoke({ action: fn.timerAction }, { kind: 'system' }, deps)
      if (!out.ok) deps.log.error('timer failed', { fn: name, code: out.error.code })
    }
    const handle = setInterval(() => void tick(), everyMs)
    handle.unref()
    handles.push(handle)
  }
  return { stop: () => handles.forEach(clearInterval) }
}
