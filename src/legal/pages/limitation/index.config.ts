export default definePageConfig({ navigationBarTitleText: '仲裁时效' })
