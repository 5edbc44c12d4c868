/**
 * The import page's steps: read the file, check every row here first (the action's own checks, organising-rows.ts),
 * then send the rows in chunks under one import id — the last chunk commits them all. Any bad row, found here or by
 * the server, is listed as 第 N 行 and nothing is imported.
 */
import { useState } from 'react'
import { IMPORT_CHUNK_BYTES, IMPORT_CHUNK_ROWS, INSURED_COLUMN_LABELS, rowOfField } from '../../../types/organising-labels'
import { checkInsuredRows, duplicateProblems } from '../../../types/organising-rows'
import { organisingApi, type ImportReply } from '../../services/organising'
import { chunkRows, parseInsuredFile } from '../parse'
import type { PickedFile } from '../pick-file'

export type RowProblem = { line: number | null; text: string }
export type ImportState =
  | { step: 'idle' }
  | { step: 'uploading'; name: string; done: number; total: number }
  | { step: 'refused'; name: string; message: string; problems: RowProblem[] }
  | { step: 'done'; name: string; reply: ImportReply }

/** `rows.5.insured: 参保人数应为正整数` → 第 5 行 参保人数：参保人数应为正整数, in row order. */
export function problemList(fields: Record<string, string>): RowProblem[] {
  return Object.entries(fields)
    .map(([key, reason]) => {
      const line = rowOfField(key)
      const col = key.split('.').pop() ?? '_'
      return { line, text: line === null ? reason : `第 ${line} 行 ${INSURED_COLUMN_LABELS[col] ?? col}：${reason}` }
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
}

export function useImport() {
  const [state, setState] = useState<ImportState>({ step: 'idle' })

  async function run(file: PickedFile) {
    const refuse = (message: string, problems: RowProblem[] = []) => setState({ step: 'refused', name: file.name, message, problems })
    const parsed = parseInsuredFile(file.name, file.data)
    if (parsed.error) return refuse(parsed.error)
    const checked = checkInsuredRows(parsed.rows)
    const problems = { ...checked.problems, ...duplicateProblems(checked.rows) }
    if (Object.keys(problems).length) return refuse(`文件有 ${Object.keys(problems).length} 处错误，未导入任何数据。请改正后重新选择文件。`, problemList(problems))
    const chunks = chunkRows(parsed.rows, IMPORT_CHUNK_ROWS, IMPORT_CHUNK_BYTES)
    let importId: string | undefined
    setState({ step: 'uploading', name: file.name, done: 0, total: parsed.rows.length })
    let sent = 0
    for (let i = 0; i < chunks.length; i++) {
      const res = await organisingApi.importInsured({ rows: chunks[i], chunk: i, last: i === chunks.length - 1, ...(importId ? { importId } : {}) })
      if (!res.ok) return refuse(`${res.error.message}。未导入任何数据。`, problemList(res.error.fields ?? {}))
      importId = res.data.importId
      sent += chunks[i].length
      if (i === chunks.length - 1) return setState({ step: 'done', name: file.name, reply: res.data })
      setState({ step: 'uploading', name: file.name, done: sent, total: parsed.rows.length })
    }
  }
  return { state, run, reset: () => setState({ step: 'idle' }) }
}
