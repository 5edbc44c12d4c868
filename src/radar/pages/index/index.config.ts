export default definePageConfig({ navigationBarTitleText: '企业风险雷达' })
