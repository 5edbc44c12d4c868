export default definePageConfig({ navigationBarTitleText: '建会清单' })
