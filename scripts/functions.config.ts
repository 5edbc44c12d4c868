/**
 * Per-function CloudBase settings (config.json): timeout, environment variable names (values are set in the
 * CloudBase console, never committed), timer triggers (one per function), open-API permissions.
 */
const SECRETS = ['UNION_DATA_KEY', 'UNION_HASH_KEY']
/** Only `card` signs member cards, so only it holds the signing key. */
const CARD_SECRET = 'UNION_CARD_SIGNING_KEY'

type FunctionConfig = {
  timeout: number
  envVariables: Record<string, string>
  triggers?: { name: string; type: 'timer'; config: string }[]
  permissions?: { openapi: string[] }
}

const base = (): FunctionConfig => ({ timeout: 10, envVariables: Object.fromEntries(SECRETS.map((k) => [k, ''])) })

export const FUNCTION_CONFIGS: Record<string, FunctionConfig> = {
  directory: { ...base(), timeout: 60 },
  account: base(),
  card: { ...base(), envVariables: { ...base().envVariables, [CARD_SECRET]: '' } },
  grievance: { ...base(), envVariables: { ...base().envVariables, UNION_DAILY_REPORT_LIMIT: '10' } },
  membership: base(),
  // Hourly: escalations, supervision, retaliation check-ins. CloudBase cron has seconds first.
  escalate: { ...base(), timeout: 60, triggers: [{ name: 'hourly', type: 'timer', config: '0 0 * * * * *' }] },
  // Every minute: sends the subscribe-message outbox. WX_APPID / WX_APP_SECRET fetch the access token
  // (docs/decisions/0008-subscribe-messages.md); only this function holds the app secret.
  notify: {
    ...base(),
    timeout: 60,
    envVariables: { ...base().envVariables, WX_APPID: '', WX_APP_SECRET: '', UNION_SUBSCRIBE_TEMPLATES: '' },
    triggers: [{ name: 'minutely', type: 'timer', config: '0 * * * * * *' }],
  },
}
