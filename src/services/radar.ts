/** Typed calls to the `radar` function (issue 13 §3, cloudfunctions/radar): views from types/radar-labels.ts (zod-free). */
import type { RadarListView, RadarVisitView } from '../../types/radar-labels'
import type { Page } from '../../types/zod'
import { call } from './api'

export type VisitRequest = { enterpriseId: string; date: string; findings: string; requestId: string }

export const radarApi = {
  list: (input: { townId: string; refresh?: boolean; cursor?: string }) => call<RadarListView>('radar', 'list', input),
  visit: (input: VisitRequest) => call<{ id: string; townId: string; enterpriseId: string; date: string; recorded: boolean }>('radar', 'visit', input),
  visits: (input: { townId: string; enterpriseId: string; cursor?: string }) => call<Page<RadarVisitView>>('radar', 'visits', input),
}
