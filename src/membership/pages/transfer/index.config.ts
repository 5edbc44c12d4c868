export default definePageConfig({
  navigationBarTitleText: '会籍转接',
})
