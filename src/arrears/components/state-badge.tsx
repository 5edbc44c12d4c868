import { Text } from '@tarojs/components'
import { BOARD_STATE_LABELS, type BoardState } from '../../../types/arrears-labels'

/** A report's state as a coloured label (有欠薪 red, 逾期 orange). */
export default function StateBadge({ state }: { state: BoardState }) {
  return <Text className={`arr__badge arr__badge--${state}`}>{BOARD_STATE_LABELS[state]}</Text>
}
