/**
 * The case page's 沟通记录 in jsdom: who each message is shown as, for a worker and for an officer, from the
 * fields the `messages` action returns (`mine` for a worker; `sender`/`reporterId` for an officer).
 */
import { render, screen } from '@testing-library/react'
import { useRouter } from '@tarojs/taro'
import { call } from '../../src/services/api'
import type { CaseMessage } from '../../src/services/grievance'
import Messages from '../../src/grievance/components/messages'
import CasePage from '../../src/grievance/pages/case/index'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))
const callMock = jest.mocked(call)

const NAMES = { sx: '苏溪镇总工会', yw: '义乌市总工会' }
const msg = (id: string, over: Partial<CaseMessage>): CaseMessage => ({
  id, at: '2026-03-11T09:30:00+08:00', from: 'worker', orgId: null, kind: 'message', text: `text ${id}`, photos: [], ...over,
})
const ready = (items: CaseMessage[]) => ({ status: 'ready' as const, items, next: null, error: null })
/** The bubble holding a message's text: its "who" line and its side. */
const bubble = (id: string) =>
  Array.from(document.querySelectorAll('.msg')).find((el) => el.querySelector('.msg__text')?.textContent?.endsWith(`text ${id}`)) as HTMLElement
const who = (id: string) => (bubble(id).querySelector('.msg__who') as HTMLElement).textContent

beforeEach(() => {
  callMock.mockReset()
  jest.clearAllMocks()
})

test('When a worker reads the conversation, then their own messages are “我” on the right and the union’s carry its name on the left', () => {
  const items = [
    msg('w1', { mine: true }),
    msg('o1', { from: 'officer', orgId: 'sx' }),
    msg('w2', { mine: true, kind: 'info_reply' }),
    msg('c1', { mine: false }), // a co-worker's, should the server ever send one
  ]
  render(<Messages state={ready(items)} orgNames={NAMES} viewer={{ kind: 'worker' }} loadMore={jest.fn()} reload={jest.fn()} />)

  expect(who('w1')).toBe('我 · 3月11日 09:30')
  expect(bubble('w1').className).toContain('msg--own')
  expect(who('o1')).toBe('苏溪镇总工会 · 3月11日 09:30')
  expect(bubble('o1').className).toContain('msg--other')
  expect(bubble('w2').textContent).toContain('补充情况：text w2')
  expect(who('c1')).toBe('其他职工 · 3月11日 09:30')
  expect(bubble('c1').className).toContain('msg--other')
})

test('When an officer reads it, then workers are named by their participant reference (a name only where visible) and the own union is on the right', () => {
  const reporters = [
    { reporterId: '0', role: 'reporter' as const, affectedCount: 1, privacy: 'named' as const, visible: true as const, name: '张三', phoneMasked: '138****5678' },
    { reporterId: '1', role: 'joiner' as const, affectedCount: 2, privacy: 'anonymous' as const, visible: false as const, notice: '匿名' },
  ]
  const items = [
    msg('r0', { sender: '职工', reporterId: '0' }),
    msg('r1', { sender: '职工', reporterId: '1' }),
    msg('old', { sender: '职工', reporterId: null }),
    msg('me', { from: 'officer', orgId: 'sx' }),
    msg('up', { from: 'officer', orgId: 'yw' }),
  ]
  render(<Messages state={ready(items)} orgNames={NAMES} viewer={{ kind: 'officer', orgId: 'sx', reporters }} loadMore={jest.fn()} reload={jest.fn()} />)

  expect(who('r0')).toBe('报告人（张三） · 3月11日 09:30')
  expect(who('r1')).toBe('一起反映的职工 1 · 3月11日 09:30')
  expect(who('old')).toBe('职工 · 3月11日 09:30')
  expect(bubble('r1').className).toContain('msg--other')
  expect(who('me')).toBe('苏溪镇总工会 · 3月11日 09:30')
  expect(bubble('me').className).toContain('msg--own')
  expect(who('up')).toBe('义乌市总工会 · 3月11日 09:30')
  expect(bubble('up').className).toContain('msg--other')
})

test('When the case page shows an officer’s view, then the messages use the case’s reporters and the officer’s org', async () => {
  jest.mocked(useRouter).mockReturnValue({ params: { id: 'c-1' } } as never)
  const view = {
    id: 'c-1', status: 'accepted', category: 'wage_arrears', urgent: false, enterpriseName: null, affectedCount: 3, participantCount: 2,
    assignedOrgId: 'sx', assignedOrgName: '苏溪镇总工会', routeReason: 'TOWN', routeExplanation: '', acceptBy: '2026-03-12T00:00:00+08:00',
    acceptByLabel: '3月11日 24:00', acceptByEstimated: false, resolveBy: null, resolveByLabel: null, paused: false, supervised: false,
    overdue: false, outcome: null, summary: null, resolvedAt: null, rating: null, linkedCaseId: null, createdAt: '2026-03-10T10:00:00+08:00',
    history: [], orgNames: NAMES, description: '……', photos: [], enterpriseId: null, supervisedForMe: false,
    reporters: [
      { reporterId: '0', role: 'reporter', affectedCount: 1, privacy: 'anonymous', visible: false, notice: '匿名' },
      { reporterId: '1', role: 'joiner', affectedCount: 2, privacy: 'employer_blind', visible: true, name: '李四', phoneMasked: '139****0000' },
    ],
  }
  const items = [msg('a', { sender: '职工', reporterId: '1' }), msg('b', { from: 'officer', orgId: 'sx' })]
  callMock.mockImplementation(async (fn, action) => {
    if (action === 'get') return { ok: true, data: view } as never
    if (action === 'messages') return { ok: true, data: { items, next: null } } as never
    if (fn === 'account') return { ok: true, data: { openid: 'o', officer: { orgId: 'sx', role: 'officer', name: '王芳', org: null } } } as never
    throw new Error(`unexpected call ${fn}.${action}`)
  })
  render(<CasePage />)

  expect((await screen.findByText('text a')).closest('.msg')?.textContent).toContain('一起反映的职工 1（李四）')
  expect(screen.getByText('一起反映的职工 1 · 不让单位知道 · 2 人')).toBeTruthy()
  expect(bubble('b').className).toContain('msg--own')
})
