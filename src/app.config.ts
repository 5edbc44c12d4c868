export default defineAppConfig({
  pages: ['pages/home/index', 'pages/cases/index', 'pages/me/index'],
  // Capabilities live in subpackages so the main package stays small (CI limit: 600 KB).
  subPackages: [
    { root: 'directory', pages: ['pages/search/index', 'pages/org/index'] },
    { root: 'workbench', pages: ['pages/index/index'] },
    { root: 'account', pages: ['pages/redeem/index'] },
    {
      root: 'grievance',
      pages: ['pages/report/index', 'pages/mine/index', 'pages/receipt/index', 'pages/case/index', 'pages/queue/index', 'pages/inbox/index', 'pages/stats/index'],
    },
    {
      root: 'membership',
      pages: ['pages/apply/index', 'pages/status/index', 'pages/transfer/index', 'pages/card/index', 'pages/verify/index', 'pages/queue/index', 'pages/review/index'],
    },
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '职工服务',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f5f7',
  },
  tabBar: {
    color: '#555555',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    // Icons are drawn by assets/tabbar/make-icons.mjs.
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-active.png' },
      { pagePath: 'pages/cases/index', text: '办事', iconPath: 'assets/tabbar/cases.png', selectedIconPath: 'assets/tabbar/cases-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tabbar/me.png', selectedIconPath: 'assets/tabbar/me-active.png' },
    ],
  },
})
