/**
 * `@tarojs/components` for jsdom: each Taro component becomes the plain DOM element the H5 build
 * would show, with Taro's event shapes (`onInput`/`onConfirm` carry `e.detail.value`).
 */
import { createElement, forwardRef, type ReactNode } from 'react'

type Props = Record<string, unknown> & { children?: ReactNode; className?: string }

/** Taro-only props that have no DOM meaning (React would warn about them). */
const TARO_ONLY = ['userSelect', 'scrollX', 'scrollY', 'catchMove', 'animation']
const omit = (props: Props, keys: string[]) =>
  Object.fromEntries(Object.entries(props).filter(([k]) => !k.startsWith('hover') && !TARO_ONLY.includes(k) && !keys.includes(k)))

function box(tag: string, dropped: string[] = []) {
  return forwardRef<HTMLElement, Props>(function TaroBox(props, ref) {
    return createElement(tag, { ...omit(props, dropped), ref })
  })
}

export const View = box('div')
export const Text = box('span')
export const ScrollView = box('div')
export const Image = box('img')
export const Button = box('button', ['formType', 'openType'])

/** Taro's text fields: `maxlength` (Taro's spelling) becomes the DOM's `maxLength`; events carry `e.detail.value`. */
function field(tag: 'input' | 'textarea') {
  return forwardRef<HTMLElement, Props>(function TaroField(props, ref) {
    const { onInput, onConfirm, confirmType, maxlength, autoHeight, ...rest } = props as Props & {
      onInput?: (e: { detail: { value: string } }) => void
      onConfirm?: (e: { detail: { value: string } }) => void
      maxlength?: number
    }
    void confirmType
    void autoHeight
    return createElement(tag, {
      ...rest,
      ...(maxlength === undefined ? {} : { maxLength: maxlength }),
      ref,
      onChange: (e: { target: HTMLInputElement }) => onInput?.({ detail: { value: e.target.value } }),
      onKeyDown: (e: { key: string; currentTarget: HTMLInputElement }) => {
        if (e.key === 'Enter') onConfirm?.({ detail: { value: e.currentTarget.value } })
      },
    })
  })
}

export const Input = field('input')
export const Textarea = field('textarea')

/** A selector picker shown as a native <select> so tests can choose an option (a date picker: an empty one). */
export function Picker(props: Props & { range?: string[]; value: number; onChange: (e: { detail: { value: number } }) => void }) {
  return createElement(
    'label',
    null,
    props.children,
    createElement(
      // eslint-disable-next-line react/forbid-elements -- jsdom stand-in for Taro's Picker, not app code
      'select',
      { value: props.value, onChange: (e: { target: HTMLSelectElement }) => props.onChange({ detail: { value: Number(e.target.value) } }) },
      (props.range ?? []).map((label, i) => createElement('option', { key: i, value: i }, label)),
    ),
  )
}
