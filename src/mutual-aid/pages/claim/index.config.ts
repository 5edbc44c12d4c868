export default definePageConfig({ navigationBarTitleText: '互助金申请' })
