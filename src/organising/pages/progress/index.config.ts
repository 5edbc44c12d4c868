export default definePageConfig({ navigationBarTitleText: '建会进度' })
