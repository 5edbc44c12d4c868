export default definePageConfig({ navigationBarTitleText: '我的援助申请' })
