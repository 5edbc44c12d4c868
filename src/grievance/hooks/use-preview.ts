import { useEffect, useState } from 'react'
import { grievanceApi, type RoutePreview } from '../../services/grievance'
import { toRequest, type ReportForm } from '../report-form'

/**
 * Which union will receive the report and by when, from the server's own routing policy (`grievance.preview`),
 * so the confirmation screen never guesses. Null while loading or if the preview fails (sending still works).
 */
export function usePreview(form: ReportForm, enabled: boolean): RoutePreview | null {
  const [preview, setPreview] = useState<RoutePreview | null>(null)
  useEffect(() => {
    if (!enabled) return
    let live = true
    const { enterpriseId, townId, urgent, affectedCount, privacy } = toRequest(form, 'preview-only')
    void grievanceApi.preview({ enterpriseId, townId, urgent, affectedCount, privacy }).then((res) => {
      if (live && res.ok) setPreview(res.data)
    })
    return () => {
      live = false
    }
  }, [form, enabled])
  return preview
}
