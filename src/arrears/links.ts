/** Pages outside this subpackage, by path (a subpackage does not import another). */
export const caseUrl = (id: string) => `/grievance/pages/case/index?id=${encodeURIComponent(id)}`
export const BOARD_URL = '/arrears/pages/board/index'
export const FILE_URL = '/arrears/pages/file/index'
