export default definePageConfig({ navigationBarTitleText: '我的互助保障' })
