/**
 * Subscribe messages (WeChat 订阅消息): what a user may ask to be told about, and the `notify.subscribe` input.
 * A kind names a kind of news; the build maps each kind to a template id (TARO_APP_SUBSCRIBE_TEMPLATES).
 */
import * as z from 'zod/mini'

/**
 * `grievance`: a worker's case progress; `membership`: an application or membership; `officer`: the org's new work;
 * `legal`: a worker's legal consultation and limitation reminders.
 */
export const SUBSCRIBE_KINDS = ['grievance', 'membership', 'officer', 'legal'] as const
export type SubscribeKind = (typeof SUBSCRIBE_KINDS)[number]

/** WeChat template ids are URL-safe base64-like strings (43 characters in practice). */
const templateId = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, '模板编号格式不正确'))

/** One tap asks for at most 3 templates (wx.requestSubscribeMessage's limit); only the accepted ones are sent. */
export const subscribeInput = z.object({
  accepted: z.array(z.object({ kind: z.enum(SUBSCRIBE_KINDS), templateId })).check(z.maxLength(3, '一次最多订阅 3 条')),
})
export type SubscribeInput = z.infer<typeof subscribeInput>
