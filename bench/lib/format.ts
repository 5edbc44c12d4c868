/** Number and table formatting shared by the report modules. */
export const f0 = (n: number) => Math.round(n).toLocaleString('en-US')
export const f1 = (n: number) => n.toFixed(1)
export const f2 = (n: number) => n.toFixed(2)
export const f3 = (n: number) => n.toFixed(3)
export const signed = (n: number, fmt: (x: number) => string) => `${n < 0 ? '−' : '+'}${fmt(Math.abs(n))}`
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** One line of the summary table. */
export type Row = [bench: string, measure: string, value: string, baseline: string, ratio: string, target: string]

export const mdTable = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
