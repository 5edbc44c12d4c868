/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    /** Inlined by the Taro build; unset in tests and server code. */
    NODE_ENV: 'development' | 'production' | 'test'
    /** The platform being built: this app ships the mini-program and the H5 build only. */
    TARO_ENV: 'weapp' | 'h5'
    /** The mini-program appid; Taro writes it into dist/weapp/project.config.json. */
    TARO_APP_ID: string
    /** CloudBase environment id passed to Taro.cloud.init (config/index.ts injects it). */
    TARO_APP_CLOUD_ENV?: string
    /** Subscribe-message templates, JSON `{ kind: templateId }` (config/index.ts injects it; src/services/subscribe.ts). */
    TARO_APP_SUBSCRIBE_TEMPLATES?: string
  }
}
