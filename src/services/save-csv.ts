/**
 * Hands a CSV export to the user: on H5 as a browser download, on weapp as a file in the user data folder
 * that is then offered for sharing to a chat (where it can be opened with Excel/WPS).
 * The BOM makes Excel read the Chinese text as UTF-8; the functions' CSVs carry one already, and a second would
 * land in the first header cell.
 */
import Taro from '@tarojs/taro'

const BOM = '\uFEFF'
const withBom = (csv: string) => (csv.startsWith(BOM) ? csv : BOM + csv)

function downloadInBrowser(filename: string, csv: string) {
  const url = URL.createObjectURL(new Blob([withBom(csv)], { type: 'text/csv;charset=utf-8' }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  URL.revokeObjectURL(url)
}

async function shareInWeapp(filename: string, csv: string) {
  const filePath = `${Taro.env.USER_DATA_PATH}/${filename}`
  await new Promise<void>((resolve, reject) =>
    Taro.getFileSystemManager().writeFile({ filePath, data: withBom(csv), encoding: 'utf8', success: () => resolve(), fail: reject }),
  )
  // shareFileMessage needs a fresh tap: the export button's tap is spent on the network call and the write.
  const { confirm } = await Taro.showModal({ title: '已生成 CSV 文件', content: '发送到微信聊天后，可用 Excel 或 WPS 打开。', confirmText: '发送' })
  if (confirm) await Taro.shareFileMessage({ filePath, fileName: filename })
}

/** Resolves false when the platform cannot save files (the caller says so). */
export async function saveCsv(filename: string, csv: string): Promise<boolean> {
  if (process.env.TARO_ENV === 'h5') {
    downloadInBrowser(filename, csv)
    return true
  }
  if (process.env.TARO_ENV === 'weapp') {
    await shareInWeapp(filename, csv)
    return true
  }
  return false
}
