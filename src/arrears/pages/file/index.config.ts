export default definePageConfig({ navigationBarTitleText: '欠薪零报告' })
