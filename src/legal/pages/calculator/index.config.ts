export default definePageConfig({ navigationBarTitleText: '劳动权益计算器' })
