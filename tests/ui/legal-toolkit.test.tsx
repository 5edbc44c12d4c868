/**
 * The worker's legal toolkit in jsdom: the limitation clock computes on the page (types/legal/limitation.ts) with
 * the working-day calendar fetched once, and nothing else goes to the server until 提醒我; the calculators render
 * their formula lines and legal basis without any call (经济补偿 reads the city's parameters once).
 * The date wheel (a native widget) is replaced by a text input.
 */
import { render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import LimitationPage from '../../src/legal/pages/limitation/index'
import CalculatorPage from '../../src/legal/pages/calculator/index'
import { actionsCalled, backend, callMock, click, inputsOf, NETWORK, ok, type } from './legal-support'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
jest.mock('../../src/legal/components/date-field', () => ({
  __esModule: true,
  default: ({ label, value, onChange, fields, name }: { label: string; value: string; onChange: (day: string) => void; fields: Record<string, string>; name: string }) => (
    <div>
      <input aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} />
      {fields[name] ? <div role='alert'>{fields[name]}</div> : null}
    </div>
  ),
}))

/** 2026 National Day as an administrator loaded it: 10-01 … 10-07 off, Saturday 10-10 worked. */
const CALENDAR = {
  years: [2026], holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'], workdays: ['2026-10-10'],
}
const setToday = (day: string) => jest.spyOn(Date, 'now').mockReturnValue(Date.parse(`${day}T12:00:00+08:00`))
const KNEW = '哪天知道（或应当知道）自己的权利被侵害？'

beforeEach(() => {
  jest.clearAllMocks()
  jest.restoreAllMocks()
  jest.mocked(useRouter).mockReturnValue({ params: {} } as never)
})

describe('仲裁时效', () => {
  async function openClock(replies: Parameters<typeof backend>[0] = {}) {
    backend(replies, { 'directory.workCalendar': ok(CALENDAR) })
    render(<LimitationPage />)
    await screen.findByText('计算') // the calendar has arrived
  }

  test('When the year ends on a National Day holiday, then the deadline moves to the next working day, computed on the page', async () => {
    setToday('2026-09-20')
    await openClock()
    await click(screen.getByText('解除与经济补偿'))
    type(KNEW, '2025-10-01')
    await click(screen.getByText('计算'))

    expect(screen.getByText('2026年10月8日')).toBeTruthy()
    expect(screen.getByText('还有 18 天')).toBeTruthy()
    expect(screen.getByText('该日是休息日或法定节假日，顺延到下一个工作日 2026年10月8日。')).toBeTruthy()
    expect(screen.getByText('《劳动争议调解仲裁法》第二十七条')).toBeTruthy()

    // An interruption restarts the year: recomputed on the page too (2027 has no loaded schedule: said so).
    await click(screen.getByText('＋ 添加一个日期'))
    type('第 1 次', '2026-01-10')
    await click(screen.getByText('计算'))
    expect(screen.getByText('2027年1月11日')).toBeTruthy()
    expect(screen.getByText(/2027 年的节假日安排还没有载入/)).toBeTruthy()

    expect(actionsCalled()).toEqual(['directory.workCalendar']) // once, and no call per computation
  })

  test('When fewer than 7 days are left, then it is marked urgent with legal aid, which opens with the deadline', async () => {
    setToday('2026-10-02')
    await openClock()
    await click(screen.getByText('解除与经济补偿'))
    type(KNEW, '2025-10-01')
    await click(screen.getByText('计算'))

    expect(screen.getByText('还有 6 天')).toBeTruthy()
    expect(screen.getByText(/不到 7 天了！/)).toBeTruthy()
    await click(screen.getByText('申请法律援助'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/legal/pages/aid-apply/index?from=legal&category=termination&limitationDeadline=2026-10-08' })
  })

  test('When wages are owed and the worker is still employed, then no deadline runs yet and it says why', async () => {
    setToday('2026-09-20')
    await openClock()
    await click(screen.getByText('工资报酬/欠薪'))
    type('哪天开始欠薪（或少发）？', '2026-05-01')
    await click(screen.getByText('计算'))
    expect(screen.getByText('目前还没有开始计算时效')).toBeTruthy()
    expect(screen.getByText('劳动关系存续期间拖欠劳动报酬的，申请仲裁不受一年时效限制；')).toBeTruthy()
    expect(screen.queryByText(/提醒我/)).toBeNull()

    await click(screen.getByText('已经离职'))
    type('哪天离职（劳动关系终止）？', '2026-06-30')
    await click(screen.getByText('计算'))
    expect(screen.getByText('2027年6月30日')).toBeTruthy()
  })

  test('When a date is in the future, then it is refused under the field and nothing is computed', async () => {
    setToday('2026-09-20')
    await openClock()
    await click(screen.getByText('工伤'))
    type(KNEW, '2026-09-21')
    await click(screen.getByText('计算'))
    expect(screen.getByText('知道权利被侵害的日期不能晚于今天')).toBeTruthy()
    expect(screen.queryByText('计算结果')).toBeNull()
  })

  test('When the worker asks for reminders, then the dates go once with one requestId across a retry, and the reminders are listed', async () => {
    setToday('2026-09-20')
    await openClock({
      'legal.limitationRemind': [NETWORK, ok({ deadline: '2026-10-08', daysLeft: 18, reminders: [{ dueDay: '2026-10-01', daysBefore: 7 }] })],
    })
    await click(screen.getByText('解除与经济补偿'))
    type(KNEW, '2025-10-01')
    await click(screen.getByText('计算'))
    await click(screen.getByText('提醒我（截止前 60、30、7 天）'))
    await click(screen.getByText('重试'))

    const [first, second] = inputsOf('limitationRemind')
    expect(first).toEqual({ requestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), category: 'termination', knewAt: '2025-10-01', interruptions: [] })
    expect(second).toEqual(first)
    expect(screen.getByText(/已设置提醒：2026年10月1日（截止前 7 天）/)).toBeTruthy()
  })
})

describe('calculators', () => {
  test('When overtime hours are entered, then 加班费 shows each formula line with its basis, without any call', async () => {
    backend()
    jest.mocked(useRouter).mockReturnValue({ params: { kind: 'overtime' } } as never)
    render(<CalculatorPage />)
    type('月工资', '4350')
    type('工作日延长工作时间', '10')
    type('休息日加班', '8')
    type('法定节假日加班', '0')
    await click(screen.getByText('计算'))

    expect(screen.getByText('小时工资 = 4350 ÷ 21.75 ÷ 8')).toBeTruthy()
    expect(screen.getByText('25.00 元')).toBeTruthy()
    expect(screen.getByText('工作日延长工作 10 小时 × 150%')).toBeTruthy()
    expect(screen.getByText('375.00 元')).toBeTruthy()
    expect(screen.getAllByText('775.00 元')).toHaveLength(2) // the total, and its line
    expect(screen.getAllByText('依据：《劳动法》第四十四条')).toHaveLength(4)
    expect(callMock).not.toHaveBeenCalled()
  })

  test('When a wage is not a number, then the field says so and nothing is computed', async () => {
    backend()
    jest.mocked(useRouter).mockReturnValue({ params: { kind: 'overtime' } } as never)
    render(<CalculatorPage />)
    type('月工资', '4千')
    await click(screen.getByText('计算'))
    expect(screen.getByText('月工资应为数字，最多保留两位小数')).toBeTruthy()
    expect(screen.queryByText(/计算结果/)).toBeNull()
  })

  test('When 经济补偿 opens, then the average wage comes from the city parameters (demo-labelled), and 2N goes to the arbitration draft', async () => {
    backend({}, { 'legal.parameters': ok({ year: 2026, localAverageMonthlyWage: 8000, minimumMonthlyWage: 2500, aidIncomeThreshold: 2500, demo: true }) })
    jest.mocked(useRouter).mockReturnValue({ params: { kind: 'compensation' } } as never)
    render(<CalculatorPage />)
    expect(await screen.findByDisplayValue('8000')).toBeTruthy()
    expect(screen.getByText(/演示数据/)).toBeTruthy()
    type('月工资', '6000')
    type('哪天入职？', '2020-03-01')
    type('哪天离职？', '2026-09-15')
    await click(screen.getByText('赔偿金 2N'))
    await click(screen.getByText('计算'))

    expect(screen.getByText('工作年限：满 6 年，剩余不满一年但满六个月按 1 年，共 7 年')).toBeTruthy()
    expect(screen.getByText('42,000.00 元')).toBeTruthy()
    expect(screen.getAllByText('84,000.00 元')).toHaveLength(2)
    await click(screen.getByText('写进劳动仲裁申请书'))
    const url = (jest.mocked(Taro.navigateTo).mock.calls[0][0] as { url: string }).url
    expect(url.split('?')[0]).toBe('/legal/pages/arbitration/index')
    expect(JSON.parse(decodeURIComponent(url.split('claims=')[1]))).toEqual([{ text: '支付违法解除劳动合同赔偿金', amount: 84000 }])

    type('哪天入职？', '2005-03-01') // service before 2008 is not handled: said on the result
    await click(screen.getByText('计算'))
    expect(screen.getByText('注意：2008 年以前的工作年限按当时的规定计算，本计算器没有处理，请咨询律师。')).toBeTruthy()
    expect(actionsCalled()).toEqual(['legal.parameters'])
  })

  test('When no written contract was signed, then the double-wage months are counted from the second month', async () => {
    backend()
    jest.mocked(useRouter).mockReturnValue({ params: { kind: 'no_contract' } } as never)
    render(<CalculatorPage />)
    type('月工资', '5000')
    type('哪天入职？', '2026-01-10')
    type('算到哪一天？（一般是离职那天或今天）', '2026-04-09')
    await click(screen.getByText('计算'))
    expect(screen.getByText('应付二倍工资的期间：2026-02-10 起，整月 2 个月')).toBeTruthy()
    expect(screen.getAllByText('10,000.00 元')).toHaveLength(2)
    expect(screen.getAllByText(/依据：《劳动合同法》第八十二条/)).toHaveLength(2)
    expect(callMock).not.toHaveBeenCalled()
  })
})
