/**
 * Expected business outcomes are values: a handler returns `fail(code, message)`.
 * Guards (authorization, not-found) may `throw new AppError(...)` to abort a handler early.
 * Both become the same `{ ok: false, error }` envelope. Anything else thrown is a bug → INTERNAL.
 */
import { GENERIC_MESSAGES, type GenericCode } from '../../../types/envelope'

const FAILURE = Symbol.for('union.failure')

export type Failure = {
  readonly [FAILURE]: true
  code: string
  message: string
  fields?: Record<string, string>
}

export function fail(code: GenericCode, message?: string, fields?: Record<string, string>): Failure
export function fail(code: string, message: string, fields?: Record<string, string>): Failure
export function fail(code: string, message?: string, fields?: Record<string, string>): Failure {
  return {
    [FAILURE]: true,
    code,
    message: message ?? GENERIC_MESSAGES[code as GenericCode] ?? code,
    ...(fields ? { fields } : {}),
  }
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && (value as Failure)[FAILURE] === true
}

export class AppError extends Error {
  readonly failure: Failure
  constructor(code: GenericCode, message?: string, fields?: Record<string, string>)
  constructor(code: string, message: string, fields?: Record<string, string>)
  constructor(code: string, message?: string, fields?: Record<string, string>) {
    const failure = fail(code, message as string, fields)
    super(failure.message)
    this.failure = failure
  }
}
