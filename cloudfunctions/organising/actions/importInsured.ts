import { importInsuredInput } from '../../../types/organising'
import { ORGANISING_ERRORS } from '../../../types/organising-labels'
import { checkInsuredRows } from '../../../types/organising-rows'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { AppError, fail, isFailure } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { InsuredImport } from '../../_lib/store/organising-port'
import { organisingOfficer } from '../lib/access'
import { commitRows, invalid } from '../lib/commit'

const conflict = () => new AppError('CONFLICT', '这次导入正被同时提交，请稍后查看结果')

/**
 * 导入参保清单 (a city or town admin; a town admin only for its town). One call with all rows, or chunks: the first
 * without `importId`, each staged under the import; the `last` one (or `commit` alone) commits them all together. A
 * bad row anywhere refuses the whole import (VALIDATION, `rows.<row number>.<column>`) and drops what was staged.
 */
export const importInsured = action({
  input: importInsuredInput,
  async handle({ rows, importId, chunk, last, commit }, ctx) {
    const { officer, org } = await organisingOfficer(ctx, 'admin')
    if (org.type === 'area_committee') throw new AppError('FORBIDDEN', '只有市、镇(街道)总工会管理员才能导入参保清单')
    const scopeTownId = org.type === 'town_federation' ? org.id : null
    const { organising } = ctx.deps.store
    const prior = importId ? await organising.getImport(importId) : null
    if (importId && (!prior || prior.by !== officer.openid)) return fail('ORGANISING.IMPORT_UNKNOWN', ORGANISING_ERRORS['ORGANISING.IMPORT_UNKNOWN'])
    if (prior && prior.status !== 'staging') return fail('ORGANISING.IMPORT_CLOSED', ORGANISING_ERRORS['ORGANISING.IMPORT_CLOSED'])
    const index = chunk ?? prior?.chunks ?? 0
    const checked = checkInsuredRows(rows, 2 + (prior?.rows ?? 0))
    const finish = !!(last || commit)

    // One call with every row: nothing to stage.
    if (!prior && finish) {
      if (Object.keys(checked.problems).length) return invalid(checked.problems)
      const id = ctx.deps.ids()
      const out = await commitRows(ctx, id, checked.rows, scopeTownId)
      if (isFailure(out)) return out
      await audit(ctx, 'organising.import', 'organising_import', id, { rows: out.imported, onList: out.onList })
      return { importId: id, ...out }
    }

    const imp: InsuredImport = prior ?? { id: ctx.deps.ids(), by: officer.openid, orgId: org.id, createdAt: toIso(ctx.now), status: 'staging', chunks: 0, rows: 0, version: 1 }
    const close = async (status: InsuredImport['status']) => {
      await organising.dropChunks(imp.id)
      if (!(await organising.updateImport({ ...imp, status, version: imp.version + 1 }))) throw conflict()
    }
    if (!prior) await organising.createImport(imp)
    if (Object.keys(checked.problems).length) {
      await close('refused')
      return invalid(checked.problems)
    }
    if (rows.length) {
      await organising.stageChunk({ importId: imp.id, chunk: index, rows: checked.rows })
      const staged = { ...imp, chunks: Math.max(imp.chunks, index + 1), rows: imp.rows + rows.length, version: imp.version + 1 }
      if (!(await organising.updateImport(staged))) throw conflict()
      Object.assign(imp, staged)
    }
    if (!finish) return { importId: imp.id, staged: imp.chunks, rows: imp.rows }

    const chunks = await organising.listChunks(imp.id)
    if (chunks.length !== imp.chunks || chunks.some((c, i) => c.chunk !== i)) {
      await close('refused')
      return fail('ORGANISING.IMPORT_INVALID', '有部分数据没有上传成功，请重新导入')
    }
    const out = await commitRows(ctx, imp.id, chunks.flatMap((c) => c.rows), scopeTownId)
    await close(isFailure(out) ? 'refused' : 'committed')
    if (isFailure(out)) return out
    await audit(ctx, 'organising.import', 'organising_import', imp.id, { rows: out.imported, onList: out.onList, chunks: imp.chunks })
    return { importId: imp.id, ...out }
  },
})
