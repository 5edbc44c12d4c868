import { useState } from 'react'
import { View, Text, Input, Textarea } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { LEGAL_CATEGORIES, LEGAL_CATEGORY_LABELS, type LegalCategory } from '../../../../types/legal-labels'
import Choice from '../../../components/choice'
import ErrorNotice from '../../../components/error-notice'
import FieldError from '../../../components/field-error'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { legalDeskApi, type Article } from '../../../services/legal'

type Props = { article: Article | null; onDone: () => Promise<void>; onCancel: () => void }

/** Write a new article or edit one (a published answer's copy included); numbers that identify a person are refused. */
export default function ArticleEditor({ article, onDone, onCancel }: Props) {
  const action = useConfirmedAction(onDone)
  const [category, setCategory] = useState<LegalCategory | null>(article?.category ?? null)
  const [title, setTitle] = useState(article?.title ?? '')
  const [body, setBody] = useState(article?.body ?? '')
  const clear = (key: string) => action.fields[key] && action.setFields({ ...action.fields, [key]: '' })
  const save = () => {
    const problems = {
      ...(category ? {} : { category: '请选择类别' }), ...(title.trim() ? {} : { title: '请填写标题' }), ...(body.trim() ? {} : { body: '请填写正文' }),
    }
    if (Object.keys(problems).length) return action.setFields(problems)
    void action.run(null, () => legalDeskApi.articleSave({ ...(article ? { id: article.id } : {}), category: category!, title: title.trim(), body: body.trim() }), '已保存')
  }
  return (
    <View className='section'>
      <Text className='section-title'>{article ? '修改文章' : '写一篇普法文章'}</Text>
      <View className='legal__row'>
        {LEGAL_CATEGORIES.map((c) => <Choice key={c} compact title={LEGAL_CATEGORY_LABELS[c]} on={category === c} onClick={() => { setCategory(c); clear('category') }} />)}
      </View>
      <FieldError fields={action.fields} name='category' />
      <Text className='legal__label'>标题</Text>
      <Input className={`text-input ${action.fields.title ? 'text-input--invalid' : ''}`} value={title} maxlength={100} aria-label='标题'
        onInput={(e) => { setTitle(e.detail.value); clear('title') }}
      />
      <FieldError fields={action.fields} name='title' />
      <Text className='legal__label'>正文</Text>
      <Textarea className={`legal__textarea ${action.fields.body ? 'text-input--invalid' : ''}`} value={body} maxlength={8000} aria-label='正文'
        onInput={(e) => { setBody(e.detail.value); clear('body') }}
      />
      <FieldError fields={action.fields} name='body' />
      <Text className='muted'>不要写手机号、身份证号和能认出当事人的内容。保存后立即公开。</Text>
      {action.error ? <ErrorNotice error={action.error} /> : null}
      <Button type='primary' size='large' block loading={action.busy} onClick={save}>保存并发布</Button>
      <Button size='large' block onClick={onCancel}>取消</Button>
    </View>
  )
}
