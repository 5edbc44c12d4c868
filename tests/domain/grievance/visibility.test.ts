import { canSeeCase, isSupervisedFor, mayIdentify, reporterView, revealContact } from '../../../cloudfunctions/_lib/domain/grievance/visibility'
import { maskName, maskPhone } from '../../../cloudfunctions/_lib/domain/grievance/mask'
import { ORG_TYPES, type Org } from '../../../types/directory'
import type { PrivacyMode } from '../../../types/grievance'
import { caseAt, fl, sx, sxA1, sxA1E1, sxE2, sxJ1, yw } from './directory'

const contact = { name: '欧阳娜娜', phone: '13812345678' }

describe('canSeeCase: the assigned org and every org above it', () => {
  const table: [string, Org, Org, PrivacyMode, boolean][] = [
    ['the holding enterprise union', sxE2, sxE2, 'named', true],
    ['its town', sxE2, sx, 'named', true],
    ['the city', sxA1E1, yw, 'named', true],
    ['its area committee', sxA1E1, sxA1, 'named', true],
    ['a sibling enterprise union', sxE2, sxA1E1, 'named', false],
    ['another town', sxE2, fl, 'named', false],
    ['a child org of the holder', sx, sxE2, 'named', false],
    ['the town, for an employer-blind case it holds', sx, sx, 'employer_blind', true],
    ['an area committee under the town, for an employer-blind case', sx, sxA1, 'employer_blind', false],
  ]
  it.each(table)('%s', (_name, held, viewer, privacy, expected) => {
    expect(canSeeCase(viewer, caseAt(held, { strictPrivacy: privacy }))).toBe(expected)
  })

  it('never shows a protected case to a grassroots officer, even one that (wrongly) holds it', () => {
    for (const viewer of [sxE2, sxJ1, sxA1]) {
      const broken = caseAt(viewer, { strictPrivacy: 'anonymous' })
      expect(canSeeCase(viewer, broken)).toBe(false)
    }
  })

  it('flags a supervised case for its supervising org', () => {
    const c = caseAt(sxE2, { supervised: true, supervisorOrgId: 'sx' })
    expect(isSupervisedFor('sx', c)).toBe(true)
    expect(isSupervisedFor('yw', c)).toBe(false)
    expect(isSupervisedFor('sx', { ...c, supervised: false })).toBe(false)
  })
})

describe('reporterView: identity as the privacy mode allows', () => {
  it('named: name and masked phone for any officer who sees the case', () => {
    for (const type of ORG_TYPES)
      expect(reporterView({ privacy: 'named', contact }, type)).toEqual({ privacy: 'named', visible: true, name: '欧阳娜娜', phoneMasked: '138****5678' })
  })

  it('employer_blind: town and city federations only', () => {
    expect(reporterView({ privacy: 'employer_blind', contact }, 'town_federation')).toMatchObject({ visible: true, name: '欧阳娜娜' })
    expect(reporterView({ privacy: 'employer_blind', contact }, 'city_federation')).toMatchObject({ visible: true })
    for (const type of ['enterprise_union', 'joint_union', 'area_committee'] as const) {
      const view = reporterView({ privacy: 'employer_blind', contact }, type)
      expect(view).toMatchObject({ privacy: 'employer_blind', visible: false })
      expect(JSON.stringify(view)).not.toMatch(/欧阳|5678/)
    }
  })

  it('anonymous: nothing, for every org type, even if a contact slipped through', () => {
    for (const type of ORG_TYPES) {
      const view = reporterView({ privacy: 'anonymous', contact }, type)
      expect(view.visible).toBe(false)
      expect(JSON.stringify(view)).not.toMatch(/欧阳|138|5678/)
      expect(revealContact({ privacy: 'anonymous', contact }, type)).toBeNull()
      expect(mayIdentify('anonymous', type)).toBe(false)
    }
  })

  it('reveals the full contact only to whom the mode allows', () => {
    expect(revealContact({ privacy: 'named', contact }, 'enterprise_union')).toEqual(contact)
    expect(revealContact({ privacy: 'employer_blind', contact }, 'town_federation')).toEqual(contact)
    expect(revealContact({ privacy: 'employer_blind', contact }, 'joint_union')).toBeNull()
  })
})

describe('masking', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['1381234', '*******'],
  ])('phone %s → %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked))

  it.each([
    ['张三', '张*'],
    ['王小明', '王**'],
    ['欧阳娜娜', '欧阳**'],
    ['欧阳修', '欧阳*'],
    ['欧阳', '欧*'],
    ['司马相如', '司马**'],
    ['王', '*'],
  ])('name %s → %s', (name, masked) => expect(maskName(name)).toBe(masked))
})

describe('reporterView notices (issue 14): third person, the exact mode', () => {
  it.each([
    ['employer_blind', 'joint_union', undefined, '报告人选择了“不让单位知道”：只有镇（街道）总工会和市总工会能看到其姓名和电话'],
    ['anonymous', 'city_federation', undefined, '报告人选择了“匿名”：任何工会工作人员都看不到其身份，请在诉求里回复'],
    ['anonymous', 'town_federation', 'joiner', '这位职工选择了“匿名”：任何工会工作人员都看不到其身份，请在诉求里回复'],
  ] as const)('%s seen by %s (%s)', (privacy, type, role, notice) => {
    expect(reporterView({ privacy, contact: privacy === 'anonymous' ? null : contact, role }, type)).toEqual({ privacy, visible: false, notice })
  })

  it('says only that no contact was left when the viewer may identify but there is none', () => {
    expect(reporterView({ privacy: 'employer_blind', contact: null }, 'town_federation')).toMatchObject({ notice: '报告人没有留下联系方式' })
    expect(reporterView({ privacy: 'named', contact: null, role: 'joiner' }, 'enterprise_union')).toMatchObject({ notice: '这位职工没有留下联系方式' })
  })

  it('never says “或” between two modes, nor addresses the officer as 您', () => {
    for (const privacy of ['employer_blind', 'anonymous'] as const) {
      const view = reporterView({ privacy, contact: null }, 'enterprise_union')
      expect(view.visible ? '' : view.notice).not.toMatch(/或匿名|您/)
    }
  })
})
