import { LEGAL_ERRORS, publishInput } from '../../../types/legal'
import { action } from '../../_lib/runtime/function'
import { AppError, fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { Article } from '../../_lib/store/legal-port'
import { loadForLawyer } from '../lib/access'
import { articleBody, articleTitle, personalDataFields } from '../lib/articles'
import { saveConsultation } from '../lib/save'

/**
 * 发布到知识库: an edited, anonymised copy of an answered consultation (the lawyer's own words for question and
 * answer). A mobile number or an ID number in either → LEGAL.PERSONAL_DATA, nothing published. Publishing again
 * replaces the copy. The public never sees which consultation or org it came from.
 */
export const publish = action({
  input: publishInput,
  async handle({ id, question, answer }, ctx) {
    const { c, officer } = await loadForLawyer(ctx, id)
    if (c.firstAnsweredAt === null) return fail('LEGAL.NOT_ANSWERED', LEGAL_ERRORS['LEGAL.NOT_ANSWERED'])
    const personal = personalDataFields({ question, answer })
    if (personal) return personal
    const { legal } = ctx.deps.store
    // Stable (publishing again replaces the copy) and unlinkable: the public never learns the consultation's id.
    const articleId = `kb-${ctx.deps.crypto.hash(`article:${c.id}`).slice(0, 24)}`
    // First publication: nothing to read (version 1 inserts, or replaces a copy whose consultation flag was lost).
    const before = c.published ? await legal.getArticle(articleId) : null
    const at = toIso(ctx.now)
    const article: Article = {
      id: articleId, category: c.category, title: articleTitle(question), body: articleBody(question, answer),
      source: 'consultation', consultationId: c.id, orgId: c.assignedOrgId, published: true, useful: before?.useful ?? 0,
      createdAt: before?.createdAt ?? at, updatedAt: at, version: (before?.version ?? 0) + 1,
    }
    if (!(await legal.saveArticle(article))) throw new AppError('CONFLICT', '这篇文章刚被其他人修改过，请刷新后再试')
    // The first publication is recorded in the consultation's history with the lawyer as actor (the audit line).
    if (!c.published) await saveConsultation(ctx, c, { published: true }, [{ at, type: 'published', fromOrgId: null, toOrgId: c.assignedOrgId, actor: officer.openid }])
    return { articleId, published: true, updatedAt: at }
  },
})
