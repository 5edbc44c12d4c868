import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { LEGAL } from '../../links'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import './index.scss'

type Entry = { title: string; hint: string; url: string }

const CONSULT: Entry[] = [
  { title: '问律师', hint: '工会律师免费解答，24 小时内答复', url: LEGAL.ask },
  { title: '我的咨询', hint: '看答复、继续问、评价', url: LEGAL.mine },
  { title: '回执码查询', hint: '匿名提问的，用 16 位回执码查看', url: LEGAL.receipt },
]
const TOOLS: [string, string][] = [
  ['仲裁时效', LEGAL.limitation],
  ['加班费', `${LEGAL.calculator}?kind=overtime`],
  ['未签合同二倍工资', `${LEGAL.calculator}?kind=no_contract`],
  ['经济补偿', `${LEGAL.calculator}?kind=compensation`],
  ['证据清单', LEGAL.evidence],
  ['仲裁申请书', LEGAL.arbitration],
]
const MORE: Entry[] = [
  { title: '法律援助申请', hint: '请工会律师代写文书、调解、代理仲裁或诉讼', url: LEGAL.aid },
  { title: '我的援助申请', hint: '审查进度、补充材料、援助决定', url: LEGAL.aidMine },
  { title: '法律知识', hint: '搜索律师的答复和普法文章，不用登录', url: LEGAL.knowledge },
]

/** A page that is not in this build yet (the aid form comes with its own work) says so instead of failing silently. */
const open = (url: string) =>
  void Taro.navigateTo({ url }).catch(() => Taro.showModal({ title: '即将开放', content: '该功能即将开放，敬请期待。', showCancel: false, confirmText: '知道了' }))

const EntryRow = ({ e }: { e: Entry }) => (
  <View className='legal__entry' role='button' onClick={() => open(e.url)}>
    <Text className='legal__entry-title'>{e.title}</Text>
    <Text className='legal__entry-hint'>{e.hint}</Text>
  </View>
)

/** 法律咨询 home: ask a lawyer, follow one's questions, the worker's legal toolkit, legal aid, and the knowledge base. */
function LegalHome() {
  return (
    <View className='legal'>
      <View className='lhome__banner'>
        <Text className='lhome__title'>工会法律服务</Text>
        <Text>劳动方面的法律问题，工会律师免费帮您。职工服务热线 12351。</Text>
      </View>
      <View className='section'>{CONSULT.map((e) => <EntryRow key={e.title} e={e} />)}</View>
      <View className='section'>
        <Text className='section-title'>法律工具箱</Text>
        <Text className='muted'>在手机上直接计算，每个结果都附计算过程和法律依据。</Text>
        <View className='lhome__tools'>
          {TOOLS.map(([title, url]) => <View key={title} className='lhome__tool' role='button' onClick={() => open(url)}>{title}</View>)}
        </View>
      </View>
      <View className='section'>{MORE.map((e) => <EntryRow key={e.title} e={e} />)}</View>
    </View>
  )
}

export default withTextScale(LegalHome)
