/**
 * "这些回答可能帮到你": a few words of the question to search the knowledge base with. The search matches every
 * character pair of its query, so a whole question would match nothing: the page sends the longest legal term
 * the question contains (then falls back to the category alone).
 */
const TERMS = [
  '二倍工资', '经济补偿', '加班费', '违法解除', '试用期', '年休假', '年假', '病假', '产假', '婚假', '工伤', '职业病',
  '社保', '社会保险', '公积金', '欠薪', '拖欠', '工资', '加班', '劳动合同', '合同', '辞退', '开除', '解除', '离职',
  '辞职', '赔偿', '补偿', '押金', '最低工资', '调岗', '降薪', '竞业', '派遣', '外包', '仲裁', '工时', '休息日', '节假日',
]

/** Up to `n` terms found in the question, longest first (a longer term is the more telling one). */
export function searchTerms(question: string, n = 2): string[] {
  const found = TERMS.filter((t) => question.includes(t)).sort((a, b) => b.length - a.length)
  // A term inside a longer one already found adds nothing (工资 inside 二倍工资).
  return found.filter((t, i) => !found.slice(0, i).some((longer) => longer.includes(t))).slice(0, n)
}
