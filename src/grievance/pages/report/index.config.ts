export default definePageConfig({
  navigationBarTitleText: '我要维权',
})
