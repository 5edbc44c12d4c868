/**
 * A client idempotency key (8–64 of [A-Za-z0-9_-], types/fields.ts requestIdField): one per form or message, kept
 * while the same content is resent, so a retry after a lost reply never files twice. `prefix` tells forms apart
 * in logs.
 */
export const requestIdOf = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`
