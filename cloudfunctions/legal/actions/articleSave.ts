import { articleSaveInput } from '../../../types/legal'
import { mayHoldLegal } from '../../_lib/domain/legal/routing'
import { audit } from '../../_lib/runtime/audit'
import { requireOfficer } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { AppError } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { Article } from '../../_lib/store/legal-port'
import { personalDataFields, publicArticle } from '../lib/articles'
import { loadArticleInScope } from '../lib/article-scope'

/**
 * 知识库文章: an admin of a town or city federation writes one (new: no `id`) or edits one of their org or an org
 * below (a published consultation's copy included). Personal numbers are refused as for `publish`.
 */
export const articleSave = action({
  input: articleSaveInput,
  async handle({ id, category, title, body }, ctx) {
    const personal = personalDataFields({ title, body })
    if (personal) return personal
    const at = toIso(ctx.now)
    let article: Article
    if (id) {
      const before = await loadArticleInScope(ctx, id)
      article = { ...before, category, title, body, published: true, updatedAt: at, version: before.version + 1 }
    } else {
      const admin = await requireOfficer(ctx, 'admin')
      const org = await ctx.deps.store.directory.getOrg(admin.orgId)
      if (!org || !mayHoldLegal(org)) throw new AppError('FORBIDDEN', '知识库文章由镇（街道）总工会和市总工会管理员编写')
      article = {
        id: ctx.deps.ids(), category, title, body, source: 'admin', consultationId: null, orgId: org.id, published: true,
        useful: 0, createdAt: at, updatedAt: at, version: 1,
      }
    }
    if (!(await ctx.deps.store.legal.saveArticle(article))) throw new AppError('CONFLICT', '这篇文章刚被其他人修改过，请刷新后再试')
    await audit(ctx, 'legal.articleSave', 'article', article.id, { orgId: article.orgId, created: !id })
    return publicArticle(article)
  },
})
