export default definePageConfig({
  navigationBarTitleText: '工会工作台 · 电脑登录',
})
