import { useCallback, useEffect, useState } from 'react'

export type ListDetail = {
  /** The row the keyboard is on (highlighted). */
  cursor: string | null
  /** The row shown in the detail pane, or null when it is closed. */
  openKey: string | null
  open: (key: string) => void
  close: () => void
}

/** Keys typed into a text box belong to the box (Esc there must not throw away a half-written reply). */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  if (!el || typeof el.closest !== 'function') return false
  return !!el.closest('input, textarea, select, [contenteditable="true"], taro-input-core, taro-textarea-core')
}

/** Enter on a focused button or link in the detail pane is that button's, not "open the highlighted row". */
function elsewhere(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  return !!el && el !== document.body && el !== document.documentElement && typeof el.closest === 'function' && !el.closest('[role="table"]')
}

/**
 * A desktop list beside its detail: a click or Enter opens a row, Esc closes the detail, ↑/↓ move the highlight.
 * `keys` are the rows in the order shown; the keyboard is listened to only while `enabled` (on a desk).
 */
export function useListDetail(keys: string[], enabled: boolean): ListDetail {
  const [cursor, setCursor] = useState<string | null>(null)
  const [openKey, setOpenKey] = useState<string | null>(null)
  const open = useCallback((key: string) => {
    setCursor(key)
    setOpenKey(key)
  }, [])
  const close = useCallback(() => setOpenKey(null), [])

  useEffect(() => {
    if (!enabled) return
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return
      if (e.key === 'Escape') return close()
      if (keys.length === 0) return
      const at = cursor ? keys.indexOf(cursor) : -1
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault()
        const next = e.key === 'ArrowDown' ? Math.min(keys.length - 1, at + 1) : Math.max(0, at - 1)
        setCursor(keys[next])
      } else if (e.key === 'Enter' && !elsewhere(e.target)) {
        open(at >= 0 ? keys[at] : keys[0])
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [enabled, keys, cursor, open, close])

  return { cursor, openKey, open, close }
}
