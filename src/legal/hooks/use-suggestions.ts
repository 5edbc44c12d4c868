import { useEffect, useState } from 'react'
import type { LegalCategory } from '../../../types/legal-labels'
import { legalApi, type Article } from '../../services/legal'
import { searchTerms } from '../suggest'

const SHOW = 3

/**
 * Published answers that may already answer the question: searched with its longest legal term, then its
 * category. Best effort: a failed search shows nothing (asking must never wait for it).
 */
export function useSuggestions(question: string, category: LegalCategory | null): { items: Article[]; loading: boolean } {
  const [state, setState] = useState<{ items: Article[]; loading: boolean }>({ items: [], loading: true })
  useEffect(() => {
    let live = true
    const run = async () => {
      const found: Article[] = []
      const add = (items: Article[]) => items.forEach((a) => found.length < SHOW && !found.some((f) => f.id === a.id) && found.push(a))
      for (const q of searchTerms(question)) {
        const res = await legalApi.search({ q, limit: SHOW })
        if (res.ok) add(res.data.items)
        if (found.length >= SHOW) break
      }
      if (found.length < SHOW && category) {
        const res = await legalApi.search({ category, limit: SHOW })
        if (res.ok) add(res.data.items)
      }
      if (live) setState({ items: found, loading: false })
    }
    void run()
    return () => {
      live = false
    }
  }, [question, category])
  return state
}
