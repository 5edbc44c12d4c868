/** Labels pages use; from the zod-free types/org.ts so the main package stays small. */
import { OFFICER_ROLES, ROLE_LABELS, ORG_TYPE_LABELS, orgTypeLabel } from '../../types/org'

export { ROLE_LABELS, ORG_TYPE_LABELS, orgTypeLabel }
export const ROLES = [...OFFICER_ROLES]
