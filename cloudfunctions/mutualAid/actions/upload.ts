/**
 * Claim photos take exactly the grievance evidence path (type and size check, metadata removal, the daily cap,
 * private storage under the uploader's keyed tag; docs/decisions/0006): one implementation, two entries.
 */
export { upload } from '../../grievance/actions/upload'
