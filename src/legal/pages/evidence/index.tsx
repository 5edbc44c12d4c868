import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { EVIDENCE_CHECKLISTS, LEGAL_CATEGORIES, LEGAL_CATEGORY_LABELS, type LegalCategory } from '../../../../types/legal-labels'
import Choice from '../../../components/choice'
import { arbitrationUrl, LEGAL } from '../../links'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import './index.scss'

const isCategory = (c: string | undefined): c is LegalCategory => LEGAL_CATEGORIES.includes(c as LegalCategory)

/** 证据清单: what to keep for each kind of problem; the worker ticks what they already have (kept on this page only). */
function EvidencePage() {
  const param = useRouter().params.category
  const [category, setCategory] = useState<LegalCategory>(isCategory(param) ? param : 'wage')
  const [have, setHave] = useState<Record<string, boolean>>({})
  const items = EVIDENCE_CHECKLISTS[category]
  const toggle = (item: string) => setHave((h) => ({ ...h, [`${category}:${item}`]: !h[`${category}:${item}`] }))
  const count = items.filter((i) => have[`${category}:${i}`]).length
  return (
    <View className='legal'>
      <View className='section legal__intro'>
        <Text>申请仲裁时，谁主张谁举证。现在就把下面这些材料收好、拍照备份，原件不要交给单位。</Text>
      </View>
      <View className='section'>
        <Text className='section-title'>什么问题？</Text>
        <View className='legal__row'>
          {LEGAL_CATEGORIES.map((c) => <Choice key={c} compact title={LEGAL_CATEGORY_LABELS[c]} on={category === c} onClick={() => setCategory(c)} />)}
        </View>
      </View>
      <View className='section'>
        <Text className='section-title'>要准备的证据（已有 {count}/{items.length}）</Text>
        {items.map((item) => {
          const on = Boolean(have[`${category}:${item}`])
          return (
            <View key={item} className={`evidence__item ${on ? 'evidence__item--on' : ''}`} role='checkbox' aria-checked={on} onClick={() => toggle(item)}>
              <Text className='evidence__box'>{on ? '☑' : '☐'}</Text>
              <Text className='evidence__text'>{item}</Text>
            </View>
          )
        })}
        <Text className='muted'>聊天记录要截图并保留原始手机；录音要保存原文件。单位掌握的考勤、工资表，可以在仲裁时申请单位提供。</Text>
      </View>
      <View className='legal__actions'>
        <Button type='primary' size='large' block onClick={() => void Taro.navigateTo({ url: arbitrationUrl({ category }) })}>写劳动仲裁申请书</Button>
        <Button size='large' block onClick={() => void Taro.navigateTo({ url: LEGAL.ask })}>问律师</Button>
      </View>
    </View>
  )
}

export default withTextScale(EvidencePage)
