import { useCallback, useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ErrorBody } from '../../../../types/envelope'
import { isValidReceipt, normaliseReceipt } from '../../../../types/grievance-labels'
import ErrorNotice from '../../../components/error-notice'
import { legalApi, type ConsultView } from '../../../services/legal'
import Consultation from '../../components/consultation'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import './index.scss'

/**
 * An anonymous asker follows up with the 16-digit receipt code, from any account: read the answer, ask more,
 * close and rate, all by the code (the page keeps it in memory only, never in the address).
 */
function ReceiptPage() {
  const [code, setCode] = useState('')
  const [receipt, setReceipt] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [error, setError] = useState<ErrorBody | null>(null)
  const [view, setView] = useState<ConsultView | null>(null)

  const load = useCallback(async (r: string) => {
    setBusy(true)
    const res = await legalApi.byReceipt(r)
    setBusy(false)
    if (res.ok) {
      setError(null)
      return setView(res.data)
    }
    setView(null)
    if (res.error.fields?.receipt) return setFieldError(res.error.fields.receipt)
    setError(res.error)
  }, [])

  const lookUp = async () => {
    const r = normaliseReceipt(code)
    if (!isValidReceipt(r)) return setFieldError(/^\d{16}$/.test(r) ? '回执码有误，请核对后重新输入' : '回执码应为 16 位数字')
    setFieldError(null)
    setReceipt(r)
    await load(r)
  }

  return (
    <View className='legal'>
      <View className='section'>
        <Text className='section-title'>用回执码查看咨询</Text>
        <Text className='muted'>输入匿名提问后得到的 16 位回执码。</Text>
        <Input className={`text-input ${fieldError ? 'text-input--invalid' : ''}`} type='number' value={code} maxlength={19}
          placeholder='16 位数字' aria-label='回执码' onConfirm={() => void lookUp()}
          onInput={(e) => {
            setCode(e.detail.value)
            setError(null)
          }}
        />
        {fieldError ? <View className='field-error' role='alert'>{fieldError}</View> : null}
        <View className='legal__actions'>
          <Button type='primary' size='large' block loading={busy} onClick={() => void lookUp()}>查询</Button>
        </View>
      </View>
      {error ? <ErrorNotice error={error} onRetry={() => void lookUp()} /> : null}
      {view && receipt ? <Consultation view={view} consult={{ receipt }} reload={() => load(receipt)} /> : null}
    </View>
  )
}

export default withTextScale(ReceiptPage)
