/** The CSV export on H5: a Blob with a BOM (Excel reads UTF-8 Chinese), downloaded under the server's filename. */
import { saveCsv } from '../../src/grievance/save-csv'

test('When a CSV is saved on H5, then a link with the filename is clicked for a Blob that starts with a BOM', async () => {
  const blobs: Blob[] = []
  Object.assign(URL, {
    createObjectURL: jest.fn((b: Blob) => (blobs.push(b), 'blob:csv-1')),
    revokeObjectURL: jest.fn(),
  })
  const clicked: { download: string; href: string }[] = []
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.href })
  })

  expect(await saveCsv('诉求统计.csv', '组织,收到\n')).toBe(true)

  expect(clicked).toEqual([{ download: '诉求统计.csv', href: 'blob:csv-1' }])
  expect(blobs[0].type).toBe('text/csv;charset=utf-8')
  const bytes = await new Promise<Uint8Array>((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.readAsArrayBuffer(blobs[0])
  })
  expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf])
  expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:csv-1')
  expect(document.querySelector('a')).toBeNull()
  click.mockRestore()
})

test('When the server already starts its CSV with a BOM, then the saved file has exactly one', async () => {
  const blobs: Blob[] = []
  Object.assign(URL, { createObjectURL: jest.fn((b: Blob) => (blobs.push(b), 'blob:csv-2')), revokeObjectURL: jest.fn() })
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)

  expect(await saveCsv('法律服务统计.csv', '\uFEFF组织编号,法律咨询\r\n')).toBe(true)

  const bytes = await new Promise<Uint8Array>((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.readAsArrayBuffer(blobs[0])
  })
  expect(Array.from(bytes.slice(0, 6))).toEqual([0xef, 0xbb, 0xbf, 0xe7, 0xbb, 0x84]) // the BOM, then 组
  click.mockRestore()
})
