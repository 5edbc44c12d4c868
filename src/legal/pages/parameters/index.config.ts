export default definePageConfig({ navigationBarTitleText: '年度工资参数' })
