import type { Migration } from './migration'

const migration: Migration = {
  // Which worker sent a message (their reporterKey), so co-workers on a collective case stay apart.
  name: 'message sender key',
  up: `ALTER TABLE grievance_messages ADD COLUMN sender_key TEXT;`,
}

export default migration
