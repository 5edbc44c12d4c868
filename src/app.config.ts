export default defineAppConfig({
  pages: ['pages/home/index', 'pages/cases/index', 'pages/me/index'],
  // Capabilities live in subpackages so the main package stays small (CI limit: 600 KB).
  subPackages: [
    { root: 'directory', pages: ['pages/search/index', 'pages/org/index'] },
    { root: 'workbench', pages: ['pages/index/index'] },
    {
      root: 'account',
      // desktop-login is the desktop browser's sign-in page: H5 only, so the mini-program carries none of it.
      pages: ['pages/redeem/index', 'pages/desktop-confirm/index', 'pages/desktops/index', ...(process.env.TARO_ENV === 'h5' ? ['pages/desktop-login/index'] : [])],
    },
    {
      root: 'grievance',
      pages: ['pages/report/index', 'pages/mine/index', 'pages/receipt/index', 'pages/case/index', 'pages/queue/index', 'pages/inbox/index', 'pages/stats/index'],
    },
    {
      root: 'membership',
      pages: ['pages/apply/index', 'pages/status/index', 'pages/transfer/index', 'pages/card/index', 'pages/verify/index', 'pages/queue/index', 'pages/review/index'],
    },
    {
      root: 'legal',
      // Worker pages (issue 11); the lawyer/officer pages and the legal-aid form join this subpackage.
      pages: [
        'pages/index/index', 'pages/ask/index', 'pages/mine/index', 'pages/consultation/index', 'pages/receipt/index',
        'pages/limitation/index', 'pages/calculator/index', 'pages/evidence/index', 'pages/arbitration/index', 'pages/knowledge/index',
        // legal aid (worker and deciding officer)
        'pages/aid-apply/index', 'pages/aid-mine/index', 'pages/aid/index', 'pages/aid-queue/index',
        // lawyers, officers and admins (from 工作台)
        'pages/desk/index', 'pages/desk-consultation/index', 'pages/parameters/index', 'pages/articles/index', 'pages/stats/index',
      ],
    },
    // 工作看板 (issue 13 §4): the officer dashboard; its chart is plain Views (docs/decisions/0019-charts.md).
    { root: 'dashboard', pages: ['pages/index/index'] },
    // 欠薪零报告 (issue 13 §1): the filing union's monthly report, the town's month board.
    { root: 'arrears', pages: ['pages/file/index', 'pages/board/index'] },
    // 企业风险雷达 (issue 13 §3): town federations' ranked enterprises and 法律体检 visits.
    { root: 'radar', pages: ['pages/index/index'] },
    // 清单式建会 (issue 13 §2): the insured-list import, the list, one row, progress per town.
    { root: 'organising', pages: ['pages/list/index', 'pages/import/index', 'pages/entry/index', 'pages/progress/index'] },
    {
      root: 'mutual-aid',
      // 医疗互助 (issue 12): the member's cover and claims; officers' enrolment, payments, queues, plans and statistics.
      pages: [
        'pages/cover/index', 'pages/apply/index', 'pages/mine/index', 'pages/claim/index',
        'pages/enrol/index', 'pages/payments/index', 'pages/queue/index', 'pages/plans/index', 'pages/stats/index',
      ],
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
