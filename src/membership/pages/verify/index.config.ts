export default definePageConfig({
  navigationBarTitleText: '会员证核验',
})
