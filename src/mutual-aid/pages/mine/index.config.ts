export default definePageConfig({ navigationBarTitleText: '我的互助申请' })
