import { Input } from '@tarojs/components'

/** Digits only, at most 11: a space or dash typed or pasted is dropped as it comes. */
export const phoneDigits = (raw: string): string => raw.replace(/\D/g, '').slice(0, 11)

type Props = { value: string; onChange: (digits: string) => void; invalid?: boolean; label?: string; placeholder?: string }

/**
 * A mobile number box: the phone keypad (H5 `type=tel`; the mini-program's number pad), 11 digits at most,
 * nothing else accepted as typed.
 */
export default function PhoneInput({ value, onChange, invalid, label = '手机号', placeholder = '11 位手机号' }: Props) {
  // Taro's weapp <input> has no "tel"; its "number" keypad is the same digits.
  const type = (process.env.TARO_ENV === 'h5' ? 'tel' : 'number') as 'number'
  return (
    <Input
      className={`text-input ${invalid ? 'text-input--invalid' : ''}`}
      value={value}
      type={type}
      placeholder={placeholder}
      aria-label={label}
      maxlength={11}
      onInput={(e) => {
        const digits = phoneDigits(e.detail.value)
        onChange(digits)
        return digits
      }}
    />
  )
}
