/**
 * `@tarojs/taro` for jsdom. Navigation and dialogs are recorded with jest.fn so tests can assert on them;
 * page lifecycle hooks run like React effects (a mounted page counts as shown).
 */
import { useEffect } from 'react'

const resolved = () => jest.fn(() => Promise.resolve({}))

export const navigateTo = resolved()
export const redirectTo = resolved()
export const switchTab = resolved()
export const showModal = resolved()
export const showToast = resolved()
export const setClipboardData = resolved()
export const useRouter = jest.fn(() => ({ params: {} as Record<string, string | undefined> }))
export const cloud = { init: jest.fn(), callFunction: jest.fn(), uploadFile: jest.fn() }
export const ENV_TYPE = { WEAPP: 'WEAPP', WEB: 'WEB' }
export const getEnv = () => ENV_TYPE.WEB
export const pxTransform = (size: number) => `${size / 2}px`
export const createSelectorQuery = () => ({ select: () => ({ boundingClientRect: () => ({ exec: () => undefined }) }) })

/** Taro storage kept in memory (weapp branches only: the H5 code uses localStorage). */
const storage = new Map<string, unknown>()
export const getStorageSync = jest.fn((key: string) => (storage.has(key) ? storage.get(key) : ''))
export const setStorageSync = jest.fn((key: string, value: unknown) => void storage.set(key, value))
export const removeStorageSync = jest.fn((key: string) => void storage.delete(key))
export const clearStorageSync = () => storage.clear()

/** Taro.eventCenter: on/off/trigger as in Taro's Events. */
const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
export const eventCenter = {
  on: (name: string, f: (...args: unknown[]) => void) => void listeners.set(name, (listeners.get(name) ?? new Set()).add(f)),
  off: (name: string, f: (...args: unknown[]) => void) => void listeners.get(name)?.delete(f),
  trigger: (name: string, ...args: unknown[]) => listeners.get(name)?.forEach((f) => f(...args)),
}

export function useDidShow(callback: () => void) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => callback(), [])
}
export const useLoad = useDidShow
export const useLaunch = useDidShow

const Taro = {
  navigateTo, redirectTo, switchTab, showModal, showToast, setClipboardData, useRouter, cloud, ENV_TYPE, getEnv,
  pxTransform, createSelectorQuery, useDidShow, useLoad, useLaunch,
  getStorageSync, setStorageSync, removeStorageSync, eventCenter,
}
export default Taro
