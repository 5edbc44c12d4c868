import { useState } from 'react'
import { View, Text, Textarea } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import ErrorNotice from '../../../components/error-notice'
import { CAN_DECODE_IMAGES, decodeQrImage } from '../../components/qr-image'
import VerifyResult from '../../components/verify-result'
import { useCardVerify } from '../../hooks/use-card-verify'
import './index.scss'
import DeskLayout from '../../../components/desk-layout'
import { withTextScale } from '../../../components/text-scale'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/**
 * For officers and activity-centre staff: read a member's card QR (camera on weapp; paste or a picture on H5)
 * and show whether it is valid, offline first and then online.
 */
function Verify() {
  const { state, verify } = useCardVerify()
  const [text, setText] = useState('')
  const [inputError, setInputError] = useState<string | null>(null)

  const check = (token: string) => {
    if (!token.trim()) return setInputError('请扫描或粘贴会员卡二维码')
    setInputError(null)
    void verify(token)
  }
  const scan = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      check(res.result)
    } catch {
      // The verifier closed the scanner: nothing to check.
    }
  }
  const pickImage = async () => {
    let path: string | undefined
    try {
      path = (await Taro.chooseImage({ count: 1, sizeType: ['original'] })).tempFilePaths[0]
    } catch {
      return
    }
    const token = path ? await decodeQrImage(path) : null
    if (!token) return setInputError('图片里没有找到可识别的二维码，请换一张清晰的图片，或粘贴二维码内容')
    setText(token)
    check(token)
  }

  return (
    <View className='verify'>
      <View className='section'>
        {IS_WEAPP ? (
          <Button type='primary' size='large' block onClick={() => void scan()}>扫码核验</Button>
        ) : (
          <View>
            <Text className='verify__label'>二维码内容</Text>
            <Textarea className={`verify__input ${inputError ? 'text-input--invalid' : ''}`} value={text} maxlength={1000}
              placeholder='粘贴会员卡二维码的内容（以 UC1. 开头）' aria-label='二维码内容' onInput={(e) => setText(e.detail.value)}
            />
            {inputError ? <View className='field-error' role='alert'>{inputError}</View> : null}
            <View className='verify__actions'>
              <Button type='primary' size='large' block loading={state.status === 'checking'} onClick={() => check(text)}>核验</Button>
              {CAN_DECODE_IMAGES ? <Button size='large' block onClick={() => void pickImage()}>上传二维码图片</Button> : null}
            </View>
          </View>
        )}
        {IS_WEAPP && inputError ? <View className='field-error' role='alert'>{inputError}</View> : null}
        <Text className='muted verify__tip'>会员证二维码每分钟更新，截图在一分钟后失效。断网时用本机保存的公钥离线核验。</Text>
      </View>
      {state.status === 'checking' ? <View className='section muted'>正在核验…</View> : null}
      {state.status === 'error' ? <ErrorNotice error={state.error} /> : null}
      {state.status === 'done' ? <VerifyResult result={state.result} pending={state.pending} note={state.note} /> : null}
    </View>
  )
}

/** On a desk, beside the officer's navigation. */
function VerifyPage() {
  return (
    <DeskLayout active='verify'>
      <Verify />
    </DeskLayout>
  )
}

export default withTextScale(VerifyPage)
