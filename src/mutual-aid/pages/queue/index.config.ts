export default definePageConfig({ navigationBarTitleText: '医疗互助' })
