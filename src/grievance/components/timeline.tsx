import type { HistoryEntry } from '../../../types/grievance'
import Timeline from '../../components/timeline'
import { historyText, reasonText, timeLabel } from '../format'

/** Every hop and step of the case, oldest first, with the orgs' names and why it moved. */
export default function CaseTimeline({ history, orgNames }: { history: HistoryEntry[]; orgNames: Record<string, string> }) {
  const steps = history.map((h) => ({
    time: timeLabel(h.at),
    text: historyText(h, orgNames),
    notes: [reasonText(h), h.note ? `说明：${h.note}` : null],
  }))
  return <Timeline steps={steps} />
}
