export default definePageConfig({ navigationBarTitleText: '工作看板' })
