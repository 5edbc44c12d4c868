/**
 * Who files an enterprise's monthly report: its own union; else the joint union that covers it; else its town
 * federation. Exactly one org, so a report has one filer and a reminder one recipient.
 */
import type { Enterprise } from '../../../../types/directory'

export const filerOf = (e: Pick<Enterprise, 'unionId' | 'jointUnionId' | 'townId'>): string => e.unionId ?? e.jointUnionId ?? e.townId
