import * as z from 'zod/mini'

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'))

/** An administrator loads a year's official schedule when the State Council publishes it. */
export const putCalendarYearInput = z
  .object({
    year: z.int('年份应为整数').check(z.gte(2020, '年份不早于 2020'), z.lte(2100, '年份不晚于 2100')),
    holidays: z.array(day).check(z.maxLength(60, '放假日期不能超过 60 天')),
    workdays: z.array(day).check(z.maxLength(30, '调休上班日期不能超过 30 天')),
  })
  .check(
    z.refine((v) => [...v.holidays, ...v.workdays].every((d) => d.startsWith(`${v.year}-`)), '所有日期须在该年份内'),
    z.refine((v) => [...v.holidays, ...v.workdays].every((d) => !Number.isNaN(new Date(`${d}T00:00:00Z`).getTime()) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d)), '包含不存在的日期'),
  )
