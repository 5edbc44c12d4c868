import { View, Text, Button } from '@tarojs/components'
import Taro from '@tarojs/taro'
import DeskLayout from '../../../components/desk-layout'
import EmptyState from '../../../components/empty-state'
import { useMe } from '../../../hooks/use-me'
import { useImport } from '../../hooks/use-import'
import { pickInsuredFile } from '../../pick-file'
import '../../organising.scss'
import { withTextScale } from '../../../components/text-scale'

/** 导入参保清单 (city or town admin): a CSV or XLSX file, checked row by row, sent in chunks with a progress bar. */
function ImportPage() {
  const me = useMe()
  const { state, run } = useImport()
  const officer = me.state.status === 'ready' ? me.state.me.officer : null
  const allowed = officer?.role === 'admin' && (officer.org.type === 'city_federation' || officer.org.type === 'town_federation')
  const pick = async () => {
    const file = await pickInsuredFile()
    if (file) await run(file)
  }
  const busy = state.step === 'uploading'
  return (
    <DeskLayout active='organising'>
      <View className='org'>
        <Text className='section-title'>导入参保清单</Text>
        {me.state.status === 'ready' && !allowed ? <EmptyState title='仅市、镇(街道)总工会管理员可以导入' /> : (
          <View>
            <View className='org__hint'>
              <Text>支持 CSV 或 XLSX 文件，第 1 行为表头，须有列：统一社会信用代码、单位名称、参保人数；可选：所属镇街、月份。</Text>
              <Text>有任何一行出错，整份清单都不会导入；改正后重新选择文件即可。</Text>
            </View>
            <Button className='org__button' type='primary' disabled={busy} onClick={() => void pick()}>选择文件</Button>
            {state.step === 'uploading' && (
              <View className='org__progress' role='progressbar' aria-valuenow={state.done} aria-valuemax={state.total}>
                <Text>{state.name}：正在上传 {state.done} / {state.total} 行</Text>
                <View className='org__bar'><View className='org__bar-fill' style={{ width: `${Math.round((state.done / Math.max(1, state.total)) * 100)}%` }} /></View>
              </View>
            )}
            {state.step === 'refused' && (
              <View className='org__refused' role='alert'>
                <Text className='org__error'>{state.name}：{state.message}</Text>
                {state.problems.map((p, i) => <Text key={i} className='org__problem'>{p.text}</Text>)}
              </View>
            )}
            {state.step === 'done' && (
              <View className='org__done' role='status'>
                <Text>{state.name}：已导入 {state.reply.imported} 家企业，其中 {state.reply.onList} 家列入建会清单。</Text>
                <Button className='org__button' onClick={() => void Taro.navigateTo({ url: '/organising/pages/list/index' })}>查看建会清单</Button>
              </View>
            )}
          </View>
        )}
      </View>
    </DeskLayout>
  )
}

export default withTextScale(ImportPage)
