import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { Article } from '../../../services/legal'
import { LEGAL } from '../../links'

/** One article or published answer, in full, with a way back to the results and on to a lawyer. */
export default function ArticleView({ article, onBack }: { article: Article; onBack: () => void }) {
  return (
    <View className='legal'>
      <View className='section kb__article'>
        <Text className='section-title'>{article.title}</Text>
        <Text className='muted'>{article.categoryLabel} · {article.source === 'consultation' ? '工会律师的答复（已隐去个人信息）' : '普法文章'} · {article.updatedAt.slice(0, 10)}</Text>
        <Text className='kb__body'>{article.body}</Text>
      </View>
      <View className='legal__actions'>
        <Button size='large' block onClick={onBack}>返回搜索结果</Button>
        <Button type='primary' size='large' block onClick={() => void Taro.navigateTo({ url: LEGAL.ask })}>我的情况不一样，问律师</Button>
      </View>
    </View>
  )
}
