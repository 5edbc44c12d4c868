export default definePageConfig({ navigationBarTitleText: '劳动仲裁申请书' })
