/** A service-side failure: the fake answers `{ code, message, requestId }` (HTTP 200), which the SDK throws with that code. */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** The service's unique-index violation (documented code), for `_id` or a unique index. */
export function duplicateWrite(index: string, key: Record<string, unknown>): ServiceError {
  return new ServiceError(
    'DATABASE_DUPLICATE_WRITE',
    `[DATABASE_DUPLICATE_WRITE] E11000 duplicate key error index: ${index} dup key: ${JSON.stringify(key)}`,
  )
}
