import { articleUnpublishInput } from '../../../types/legal'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { AppError } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { loadArticleInScope } from '../lib/article-scope'

/** 下架: an admin of the article's org or an org above it takes it out of search (kept, and `articleSave` republishes it). */
export const articleUnpublish = action({
  input: articleUnpublishInput,
  async handle({ id }, ctx) {
    const before = await loadArticleInScope(ctx, id)
    if (!before.published) return { id, published: false }
    const next = { ...before, published: false, updatedAt: toIso(ctx.now), version: before.version + 1 }
    if (!(await ctx.deps.store.legal.saveArticle(next))) throw new AppError('CONFLICT', '这篇文章刚被其他人修改过，请刷新后再试')
    await audit(ctx, 'legal.articleUnpublish', 'article', id, { orgId: before.orgId })
    return { id, published: false }
  },
})
