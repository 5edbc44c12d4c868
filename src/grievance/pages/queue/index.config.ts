export default definePageConfig({
  navigationBarTitleText: '维权诉求',
})
