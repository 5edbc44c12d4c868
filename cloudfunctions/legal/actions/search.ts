import { searchInput } from '../../../types/legal'
import { action } from '../../_lib/runtime/function'
import { publicArticle } from '../lib/articles'

/**
 * 知识库搜索, without signing in: published answers and articles holding every character bigram of `q` (all of
 * them when empty), optionally of one category, newest first (keyset).
 */
export const search = action({
  input: searchInput,
  access: 'public',
  async handle({ q, category, cursor, limit }, ctx) {
    const page = await ctx.deps.store.legal.searchArticles(q ?? '', category, cursor, limit ?? 20)
    return { items: page.items.map(publicArticle), next: page.next }
  },
})
