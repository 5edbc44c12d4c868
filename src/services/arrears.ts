/** Typed calls to the `arrears` function (issue 13 §1, cloudfunctions/arrears): views from types/arrears-labels.ts (zod-free). */
import type { BoardState, BoardView, FileResult, MineView } from '../../types/arrears-labels'
import { call } from './api'

export type Filing = {
  enterpriseId: string
  month: string
  arrears: null | { workers: number; amount: number; since: string; cause: string }
}
export type BoardQuery = { orgId?: string; month: string; state?: BoardState; groupId?: string; offset?: number; limit?: number }

export const arrearsApi = {
  mine: (enterpriseId?: string) => call<MineView>('arrears', 'mine', enterpriseId ? { enterpriseId } : {}),
  file: (input: Filing) => call<FileResult>('arrears', 'file', input),
  board: (input: BoardQuery) => call<BoardView>('arrears', 'board', input),
  boardCsv: (input: BoardQuery) => call<{ filename: string; csv: string }>('arrears', 'board', { ...input, format: 'csv' }),
  dueBy: (month: string) => call<{ month: string; dueBy: string; estimated: boolean }>('arrears', 'dueBy', { month }),
}
