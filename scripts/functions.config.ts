/**
 * The deployed functions: timeout, memory, runtime, the environment variable NAMES each one gets, and its timer
 * trigger. Part of the deploy plan (scripts/deploy/plan.ts), which `npm run deploy` applies; `build:functions` also
 * writes each function's config.json from it (what WeChat DevTools and the CloudBase CLI read).
 *
 * Variable VALUES are never committed: `npm run deploy` keeps the value a function already has, uses `default` for a
 * new one, and reports every `required` variable still without a value (set it in the CloudBase console).
 */
export type EnvVar = { name: string; required: boolean; default?: string }
export type TimerTrigger = { name: string; type: 'timer'; config: string }
export type FunctionSpec = {
  name: string
  /** Seconds. */
  timeout: number
  /** MB. */
  memorySize: number
  env: readonly EnvVar[]
  /** CloudBase allows one timer per function; its cron has seconds first and a year field last. */
  triggers: readonly TimerTrigger[]
}

/** Chosen at creation only (the platform cannot change a function's runtime later). esbuild targets node16: a subset. */
export const RUNTIME = 'Nodejs20.19'

const secret = (name: string): EnvVar => ({ name, required: true })
/** Every function encrypts and hashes personal data. */
const KEYS = [secret('UNION_DATA_KEY'), secret('UNION_HASH_KEY')]

const fn = (name: string, more: Partial<Omit<FunctionSpec, 'name'>> = {}): FunctionSpec => ({
  name,
  timeout: 10,
  memorySize: 256,
  triggers: [],
  ...more,
  env: [...KEYS, ...(more.env ?? [])],
})

export const FUNCTIONS: readonly FunctionSpec[] = [
  fn('directory', { timeout: 60 }),
  // Only `account` issues desktop sign-in tickets, so only it holds the custom-login key (the console's JSON key file).
  fn('account', { env: [secret('UNION_CUSTOM_LOGIN_KEY')] }),
  // Only `card` signs member cards, so only it holds the signing key.
  fn('card', { env: [secret('UNION_CARD_SIGNING_KEY')] }),
  fn('grievance', { env: [{ name: 'UNION_DAILY_REPORT_LIMIT', required: false, default: '10' }] }),
  fn('membership'),
  // Legal help (issue 11): consultations share the daily cap's setting with reports (counted apart).
  fn('legal', { env: [{ name: 'UNION_DAILY_REPORT_LIMIT', required: false, default: '10' }] }),
  // Medical mutual aid (issue 12): a group enrolment of 5,000 members runs in one call, so the import's timeout.
  fn('mutualAid', { timeout: 60 }),
  // Wage-arrears zero-report (issue 13): a town board reads up to 5,000 enterprises cold (one request per 1,000 on CloudBase).
  fn('arrears', { timeout: 20 }),
  // Employer risk radar (issue 13): a 刷新 recomputes a town (5,000 enterprises, 100,000 cases: ~100 requests cold on CloudBase).
  fn('radar', { timeout: 30 }),
  // Organising list (issue 13 §2): the last chunk of a 50,000-row import commits every staged chunk in one call.
  fn('organising', { timeout: 60 }),
  // Officer dashboard (issue 13): hourly, recomputes the per-org rollups that `dashboard.get` reads in one request.
  fn('dashboard', { timeout: 60, triggers: [{ name: 'hourly', type: 'timer', config: '0 30 * * * * *' }] }),
  // Hourly: escalations, supervision, retaliation check-ins, abandoned uploads.
  fn('escalate', { timeout: 60, triggers: [{ name: 'hourly', type: 'timer', config: '0 0 * * * * *' }] }),
  // Every minute: sends the subscribe-message outbox. WX_APPID / WX_APP_SECRET fetch the access token
  // (docs/decisions/0008-subscribe-messages.md); only this function holds the app secret.
  fn('notify', {
    timeout: 60,
    env: [secret('WX_APPID'), secret('WX_APP_SECRET'), { name: 'UNION_SUBSCRIBE_TEMPLATES', required: false }],
    triggers: [{ name: 'minutely', type: 'timer', config: '0 * * * * * *' }],
  }),
]

/** config.json as CloudBase tools read it: variable names with empty (or default) values. */
export type FunctionConfig = {
  timeout: number
  memorySize: number
  runtime: string
  installDependency: boolean
  envVariables: Record<string, string>
  triggers?: TimerTrigger[]
}

export const FUNCTION_CONFIGS: Record<string, FunctionConfig> = Object.fromEntries(
  FUNCTIONS.map((f) => [
    f.name,
    {
      timeout: f.timeout,
      memorySize: f.memorySize,
      runtime: RUNTIME,
      // The bundle inlines every dependency (build-functions.ts): nothing to install.
      installDependency: false,
      envVariables: Object.fromEntries(f.env.map((v) => [v.name, v.default ?? ''])),
      ...(f.triggers.length ? { triggers: [...f.triggers] } : {}),
    },
  ]),
)
