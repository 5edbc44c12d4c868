import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ErrorBody } from '../../../../types/envelope'
import { isValidReceipt, normaliseReceipt } from '../../../../types/grievance-labels'
import ErrorNotice from '../../../components/error-notice'
import type { WorkerCaseView } from '../../../services/grievance'
import { grievanceApi } from '../../../services/grievance'
import CaseBody from '../case/case-body'
import { withTextScale } from '../../../components/text-scale'
import './index.scss'

/** Follow a case with its 16-digit receipt code, from any WeChat account (anonymous reporters rely on it). */
function ReceiptPage() {
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [error, setError] = useState<ErrorBody | null>(null)
  const [view, setView] = useState<WorkerCaseView | null>(null)

  const lookUp = async () => {
    const receipt = normaliseReceipt(code)
    if (!isValidReceipt(receipt)) return setFieldError(/^\d{16}$/.test(receipt) ? '回执码有误，请核对后重新输入' : '回执码应为 16 位数字')
    setFieldError(null)
    setBusy(true)
    const res = await grievanceApi.byReceipt(receipt)
    setBusy(false)
    if (res.ok) return setView(res.data)
    setView(null)
    if (res.error.fields?.receipt) return setFieldError(res.error.fields.receipt)
    setError(res.error)
  }

  return (
    <View className='receipt'>
      <View className='section'>
        <Text className='section-title'>用回执码查询</Text>
        <Text className='muted'>输入提交诉求后得到的 16 位回执码。</Text>
        <Input
          className={`text-input receipt__input ${fieldError ? 'text-input--invalid' : ''}`}
          type='number'
          value={code}
          maxlength={19}
          placeholder='16 位数字'
          aria-label='回执码'
          onInput={(e) => {
            setCode(e.detail.value)
            setError(null)
          }}
          onConfirm={() => void lookUp()}
        />
        {fieldError ? <View className='field-error' role='alert'>{fieldError}</View> : null}
        <View className='receipt__button'>
          <Button type='primary' block loading={busy} onClick={() => void lookUp()}>查询</Button>
        </View>
      </View>
      {error ? <ErrorNotice error={error} onRetry={() => void lookUp()} /> : null}
      {view ? <CaseBody view={view} viewer='worker' refresh={lookUp} /> : null}
    </View>
  )
}

export default withTextScale(ReceiptPage)
