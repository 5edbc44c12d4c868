/**
 * The production store: the CloudBase document database through @cloudbase/node-sdk.
 * One collection per sub-store (see collections.ts), `_id` = the domain id.
 */
import type { CloudBase } from '@cloudbase/node-sdk'
import type { Store } from '../port'
import { cloudbaseAudit } from './audit'
import { cloudbaseSideRecords } from './journal'
import { cloudbaseCalendar } from './calendar'
import { cloudbaseCheckins } from './checkins'
import { cloudbaseDesktop } from './desktop'
import { cloudbaseDirectory } from './directory'
import { cloudbaseGrievances } from './grievances'
import { cloudbaseInbox } from './inbox'
import { cloudbaseInvites } from './invites'
import { cloudbaseLegal } from './legal'
import { cloudbaseMemberships } from './memberships'
import { cloudbaseMutualAid } from './mutual-aid'
import { cloudbaseArrears } from './arrears'
import { cloudbaseDashboard } from './dashboard'
import { cloudbaseRadar } from './radar'
import { cloudbaseOrganising } from './organising'
import { cloudbaseNotify } from './notify'
import { cloudbaseOfficers } from './officers'
import { cloudbaseUploadSlots } from './upload-slots'
import { cloudbaseQuota } from './quota'

export function openCloudbaseStore(app: CloudBase): Store {
  const db = app.database()
  return {
    directory: cloudbaseDirectory(db),
    grievances: cloudbaseGrievances(db),
    inbox: cloudbaseInbox(db),
    checkins: cloudbaseCheckins(db),
    uploads: cloudbaseUploadSlots(db),
    memberships: cloudbaseMemberships(db),
    officers: cloudbaseOfficers(db),
    invites: cloudbaseInvites(db),
    audit: cloudbaseAudit(db),
    sideRecords: cloudbaseSideRecords(db),
    quota: cloudbaseQuota(db),
    calendar: cloudbaseCalendar(db),
    desktop: cloudbaseDesktop(db),
    ...cloudbaseNotify(db),
    legal: cloudbaseLegal(db),
    mutualAid: cloudbaseMutualAid(db),
    arrears: cloudbaseArrears(db),
    organising: cloudbaseOrganising(db),
    dashboard: cloudbaseDashboard(db),
    radar: cloudbaseRadar(db),
    // The SDK holds no connection that needs closing (HTTP keep-alive sockets expire on their own).
    close: async () => {},
  }
}
