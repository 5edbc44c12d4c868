import { useCallback } from 'react'
import { askForNews, type SubscribeKind } from '../services/subscribe'

/**
 * A tap handler's first call: `const ask = useAskForNews('membership')`, then `ask()` synchronously in onClick, before
 * any await (src/services/subscribe.ts). Never blocks or fails the tap's own action.
 */
export function useAskForNews(...kinds: SubscribeKind[]): () => void {
  const key = kinds.join(',')
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback(() => void askForNews(key.split(',') as SubscribeKind[]), [key])
}
