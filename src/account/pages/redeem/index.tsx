import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ErrorBody } from '../../../../types/envelope'
import ErrorNotice from '../../../components/error-notice'
import { accountApi } from '../../../services/account'
import { withTextScale } from '../../../components/text-scale'
import './index.scss'

type Result = { fields: Record<string, string>; error: ErrorBody | null; done: boolean }

/** An invited officer enters the code an administrator gave them, and their name. */
function RedeemInvite() {
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<Result>({ fields: {}, error: null, done: false })

  const submit = async () => {
    setBusy(true)
    const res = await accountApi.redeemInvite({ code, name })
    setBusy(false)
    if (res.ok) return setResult({ fields: {}, error: null, done: true })
    const fields = res.error.fields ?? {}
    setResult({ fields, error: Object.keys(fields).length ? null : res.error, done: false })
  }

  if (result.done) {
    return (
      <View className='section redeem__done'>
        <Text className='section-title'>登记成功</Text>
        <Text className='muted'>您已开通工作台，可在“我的”页面进入。</Text>
        <Button type='primary' block onClick={() => void Taro.redirectTo({ url: '/workbench/pages/index/index' })}>
          进入工作台
        </Button>
      </View>
    )
  }

  return (
    <View className='section redeem'>
      <Text className='section-title'>工会干部登记</Text>
      <Text className='muted'>请填写上级工会管理员提供的邀请码。</Text>
      <Text className='redeem__label'>邀请码</Text>
      <Input
        className={`text-input ${result.fields.code ? 'text-input--invalid' : ''}`}
        value={code}
        placeholder='8 位字母或数字'
        aria-label='邀请码'
        onInput={(e) => setCode(e.detail.value)}
      />
      {result.fields.code ? <Text className='field-error'>{result.fields.code}</Text> : null}
      <Text className='redeem__label'>姓名</Text>
      <Input
        className={`text-input ${result.fields.name ? 'text-input--invalid' : ''}`}
        value={name}
        placeholder='请填写真实姓名'
        aria-label='姓名'
        onInput={(e) => setName(e.detail.value)}
      />
      {result.fields.name ? <Text className='field-error'>{result.fields.name}</Text> : null}
      {result.error ? <ErrorNotice error={result.error} /> : null}
      <View className='redeem__submit'>
        <Button type='primary' block loading={busy} onClick={() => void submit()}>
          提交
        </Button>
      </View>
    </View>
  )
}

export default withTextScale(RedeemInvite)
