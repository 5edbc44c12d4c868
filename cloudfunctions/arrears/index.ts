/** Deployed function `arrears`: the monthly wage-arrears zero-report (欠薪预警 零报告, issue 13) — file, board, due dates. */
import { defineFunction } from '../_lib/runtime/function'
import { cloudMain } from '../_lib/runtime/cloud'
import { file } from './actions/file'
import { board } from './actions/board'
import { dueBy } from './actions/dueBy'
import { mine } from './actions/mine'

/** Filers: their report and their own history. Officers above: the month board (CSV too). Anyone: a month's due time. */
export const arrears = defineFunction({ name: 'arrears', actions: { file, mine, board, dueBy } })

export const main = cloudMain(arrears)
