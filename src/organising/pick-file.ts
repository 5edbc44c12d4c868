/**
 * Picks a CSV or XLSX file and reads its bytes: on weapp from a chat (Taro.chooseMessageFile: a phone has no file
 * system the user browses), on H5 with the browser's file dialog.
 */
import Taro from '@tarojs/taro'

export type PickedFile = { name: string; data: Uint8Array }

function pickWeapp(): Promise<PickedFile | null> {
  return Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv', 'xlsx'] }).then(
    ({ tempFiles }) =>
      new Promise<PickedFile>((resolve, reject) => {
        const file = tempFiles[0]
        Taro.getFileSystemManager().readFile({
          filePath: file.path,
          success: (r) => resolve({ name: file.name, data: new Uint8Array(r.data as ArrayBuffer) }),
          fail: reject,
        })
      }),
    () => null,
  )
}

function pickH5(): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    input.setAttribute('data-testid', 'organising-file')
    input.style.display = 'none'
    input.onchange = async () => {
      const file = input.files?.[0]
      input.remove()
      resolve(file ? { name: file.name, data: new Uint8Array(await file.arrayBuffer()) } : null)
    }
    document.body.appendChild(input)
    input.click()
  })
}

export const pickInsuredFile = (): Promise<PickedFile | null> => (process.env.TARO_ENV === 'weapp' ? pickWeapp() : pickH5())
