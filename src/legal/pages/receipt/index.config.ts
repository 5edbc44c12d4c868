export default definePageConfig({ navigationBarTitleText: '回执码查询' })
