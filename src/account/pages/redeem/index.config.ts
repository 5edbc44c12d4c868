export default definePageConfig({
  navigationBarTitleText: '干部邀请码',
})
