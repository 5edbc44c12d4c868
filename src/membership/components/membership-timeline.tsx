import type { MembershipHistoryView } from '../../../types/membership-views'
import Timeline from '../../components/timeline'
import { eventReasonText, membershipEventText, timeLabel } from './membership-format'

type Props = { history: MembershipHistoryView[]; names: Record<string, string> }

/** Every step of an application or a membership, oldest first, with the reason the server gave. */
export default function MembershipTimeline({ history, names }: Props) {
  const steps = history.map((h) => ({ time: timeLabel(h.at), text: membershipEventText(h, names), notes: [eventReasonText(h)] }))
  return <Timeline steps={steps} />
}
