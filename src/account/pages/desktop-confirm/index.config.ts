export default definePageConfig({
  navigationBarTitleText: '确认电脑登录',
})
