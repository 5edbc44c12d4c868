export default definePageConfig({ navigationBarTitleText: '解答咨询' })
