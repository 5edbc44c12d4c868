export default definePageConfig({ navigationBarTitleText: '知识库文章' })
