import type { HistoryEntry } from '../../../types/grievance'
import type { RouteReader } from '../../../types/grievance-labels'
import Timeline from '../../components/timeline'
import { historyText, reasonText, timeLabel } from '../format'

type Props = { history: HistoryEntry[]; orgNames: Record<string, string>; reader: RouteReader }

/** Every hop and step of the case, oldest first, with the orgs' names and why it moved (in the reader's words). */
export default function CaseTimeline({ history, orgNames, reader }: Props) {
  const steps = history.map((h) => ({
    time: timeLabel(h.at),
    text: historyText(h, orgNames),
    notes: [reasonText(h, reader), h.note ? `说明：${h.note}` : null],
  }))
  return <Timeline steps={steps} />
}
