import { inScope } from '../../_lib/domain/scope'
import { requireOfficer } from '../../_lib/runtime/authz'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'
import type { Article } from '../../_lib/store/legal-port'

/** The article, for an admin of its org or an org above it; anyone else: NOT_FOUND (as if it did not exist). */
export async function loadArticleInScope(ctx: ActionContext, id: string): Promise<Article> {
  const admin = await requireOfficer(ctx, 'admin')
  const article = await ctx.deps.store.legal.getArticle(id)
  const org = article ? await ctx.deps.store.directory.getOrg(article.orgId) : null
  if (!article || !org || !inScope(admin.orgId, org.path)) throw new AppError('NOT_FOUND', '没有找到这篇文章')
  return article
}
