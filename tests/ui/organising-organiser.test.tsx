/**
 * 建会清单, one row in jsdom: the organiser picker (issue 13 §2) — an admin chooses from the officers of the row's
 * town federation and its area committees by name (never an openid), with loading, empty and error states in
 * Chinese, and the assignment behind a confirmation; an officer who is not an admin may only take the row on.
 * The transport is mocked at the component boundary.
 */
import { render, screen, within } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import EntryPage from '../../src/organising/pages/entry/index'
import { backend, calls, callMock, click, confirmNext, fail, ok } from './support/legal-desk'

jest.mock('../../src/services/api', () => ({ call: jest.fn() }))

const TOWN = { id: 'sx', name: '苏溪镇总工会', type: 'town_federation', kind: null, parentId: 'yw', path: '/yw/sx/', townId: 'sx' }
const AREA = { id: 'sx-a1', name: '苏溪镇第一片区工委', type: 'area_committee', kind: null, parentId: 'sx', path: '/yw/sx/sx-a1/', townId: 'sx' }
const UNION = { id: 'eu-hx', name: '华鑫织造工会', type: 'enterprise_union', kind: null, parentId: 'sx-a1', path: '/yw/sx/sx-a1/eu-hx/', townId: 'sx' }
const me = (role: string, openid = 'o-town-sx-admin') => ok({ openid, officer: { orgId: 'sx', role, name: '李强', org: TOWN } })
const entry = (over: Record<string, unknown> = {}) => ok({
  enterpriseId: null, creditCode: '91330782MA2EXAMPLE', name: '义乌大企业有限公司', insured: 480, townId: 'sx', areaId: null,
  status: 'listed', organiserOpenid: 'o-town-sx-2', organiserName: '赵丽', nextContact: null, inDirectory: false, month: '2026-02',
  covered: false, notes: [], history: [], version: 1, ...over,
})
const officer = (openid: string, orgId: string, name: string, role = 'officer') => ({ openid, orgId, role, name })
const OFFICERS: Record<string, unknown> = {
  sx: ok({ items: [officer('o-town-sx-2', 'sx', '赵丽'), officer('o-town-sx-1', 'sx', '王敏'), officer('o-town-sx-admin', 'sx', '李强', 'admin')], next: null }),
  'sx-a1': ok({ items: [officer('o-sx-a1-1', 'sx-a1', '陈刚'), officer('o-lawyer-9', 'sx-a1', '周律师', 'lawyer')], next: null }),
}
const directory = {
  'directory.getOrg': [ok({ org: TOWN, ancestors: [] })],
  // Two pages: the area committee is on the second (every page is read).
  'directory.listTownOrgs': (input: { after?: string }) => ok(input.after ? { items: [AREA], next: null } : { items: [UNION], next: 'eu-hx' }),
}

beforeEach(() => {
  callMock().mockReset()
  jest.clearAllMocks()
  jest.mocked(useRouter).mockReturnValue({ params: { creditCode: '91330782MA2EXAMPLE' } } as never)
})

test('When an admin changes the organiser, then officers of the town and its area committees show by name, and the choice is confirmed before it is sent', async () => {
  let assigned = false
  let answer = () => {}
  const listed = new Promise<void>((resolve) => {
    answer = resolve
  })
  backend({
    'account.me': [me('admin')],
    'organising.get': () => (assigned ? entry({ organiserOpenid: 'o-sx-a1-1', organiserName: '陈刚', areaId: 'sx-a1' }) : entry()),
    ...directory,
    'account.listOfficers': async (input: { orgId: string }) => {
      await listed
      return OFFICERS[input.orgId]
    },
    'organising.assign': () => {
      assigned = true
      return ok({ creditCode: '91330782MA2EXAMPLE', organiserOpenid: 'o-sx-a1-1', organiserName: '陈刚', areaId: 'sx-a1', version: 2 })
    },
  })
  render(<EntryPage />)
  expect(await screen.findByText(/联系人：赵丽/)).toBeTruthy()
  await click(await screen.findByText('更换联系人'))
  expect(screen.getByText('正在加载干部名单…')).toBeTruthy()
  answer()

  const picker = await screen.findByRole('radiogroup', { name: '选择建会联系人' })
  await within(picker).findByText('陈刚')
  expect(within(picker).getByText('苏溪镇总工会')).toBeTruthy()
  expect(within(picker).getByText('苏溪镇第一片区工委')).toBeTruthy()
  // By name, sorted, the current one marked; no lawyer, no openid anywhere.
  expect(within(picker).getAllByRole('radio').map((r) => r.textContent)).toEqual(['○李强管理员', '○王敏', '○赵丽当前联系人', '○陈刚'])
  expect(document.body.textContent).not.toMatch(/o-town|o-sx/)
  expect(calls('listOfficers')).toEqual([{ orgId: 'sx', limit: 100 }, { orgId: 'sx-a1', limit: 100 }])
  expect(calls('listTownOrgs')).toEqual([{ townId: 'sx', limit: 100 }, { townId: 'sx', limit: 100, after: 'eu-hx' }])

  // Nothing chosen yet, or the current organiser: nothing to send.
  await click(screen.getByText('请选择联系人'))
  await click(within(picker).getByText('赵丽'))
  await click(screen.getByText('指定赵丽为联系人'))
  expect(Taro.showModal).not.toHaveBeenCalled()

  await click(within(picker).getByText('陈刚'))
  confirmNext(false)
  await click(screen.getByText('指定陈刚为联系人'))
  expect(Taro.showModal).toHaveBeenLastCalledWith(expect.objectContaining({
    title: '指定建会联系人？', content: '由苏溪镇第一片区工委的陈刚负责联系义乌大企业有限公司。该企业将列入苏溪镇第一片区工委的建会清单。',
  }))
  expect(calls('assign')).toEqual([])

  confirmNext(true)
  await click(screen.getByText('指定陈刚为联系人'))
  expect(calls('assign')).toEqual([{ creditCode: '91330782MA2EXAMPLE', organiserOpenid: 'o-sx-a1-1' }])
  expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已指定联系人' }))
  expect(await screen.findByText(/联系人：陈刚/)).toBeTruthy()
  expect(screen.queryByRole('radiogroup')).toBeNull()
})

test('When the server refuses the organiser, then its Chinese message shows in the picker', async () => {
  backend({
    'account.me': [me('admin')], 'organising.get': [entry()], ...directory,
    'account.listOfficers': (input: { orgId: string }) => OFFICERS[input.orgId],
    'organising.assign': [fail('ORGANISING.BAD_ORGANISER', '建会联系人须是本镇街或其片区工委的工会干部', { organiserOpenid: '建会联系人须是本镇街或其片区工委的工会干部' })],
  })
  render(<EntryPage />)
  await click(await screen.findByText('更换联系人'))
  await click(await screen.findByText('王敏'))
  confirmNext(true)
  await click(screen.getByText('指定王敏为联系人'))
  expect(await screen.findByText('建会联系人须是本镇街或其片区工委的工会干部')).toBeTruthy()
  expect(screen.getByRole('radiogroup')).toBeTruthy()
})

test('When the town has no officers yet, then the picker says so; when they cannot be listed, it says who may, and a network failure offers 重试', async () => {
  backend({ 'account.me': [me('admin')], 'organising.get': [entry({ organiserOpenid: null, organiserName: null })], ...directory, 'account.listOfficers': [ok({ items: [], next: null })] })
  const first = render(<EntryPage />)
  await click(await screen.findByText('指定联系人'))
  expect(await screen.findByText('还没有可指定的干部')).toBeTruthy()
  first.unmount()

  backend({ 'account.me': [me('admin')], 'organising.get': [entry()], ...directory, 'account.listOfficers': [fail('FORBIDDEN', '没有权限')] })
  const second = render(<EntryPage />)
  await click(await screen.findByText('更换联系人'))
  expect((await screen.findByRole('alert')).textContent).toContain('只有镇街或片区工委的管理员可以查看干部名单、指定联系人')
  second.unmount()

  let tries = 0
  backend({
    'account.me': [me('admin')], 'organising.get': [entry()], ...directory,
    'account.listOfficers': (input: { orgId: string }) => (++tries <= 2 ? fail('NETWORK', '网络不好，请稍后再试') : OFFICERS[input.orgId]),
  })
  render(<EntryPage />)
  await click(await screen.findByText('更换联系人'))
  expect((await screen.findByRole('alert')).textContent).toContain('网络不好，请稍后再试')
  await click(screen.getByText('重试'))
  expect(await screen.findByText('王敏')).toBeTruthy()
})

test('When an officer who is not an admin opens a row, then there is no picker, and 由我负责联系 takes it on', async () => {
  backend({
    'account.me': [me('officer', 'o-town-sx-1')], 'organising.get': [entry(), entry({ organiserOpenid: 'o-town-sx-1', organiserName: '王敏' })],
    'organising.assign': [ok({ organiserName: '王敏' })],
  })
  render(<EntryPage />)
  await click(await screen.findByText('由我负责联系'))
  expect(calls('assign')).toEqual([{ creditCode: '91330782MA2EXAMPLE', organiserOpenid: 'o-town-sx-1' }])
  expect(await screen.findByText(/联系人：王敏/)).toBeTruthy()
  expect(screen.queryByText('由我负责联系')).toBeNull()
  expect(screen.queryByText(/指定联系人|更换联系人/)).toBeNull()
  expect(calls('listOfficers')).toEqual([])
})
