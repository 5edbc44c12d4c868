export default definePageConfig({
  navigationBarTitleText: '用回执码查询',
})
