import type { Migration } from './migration'

const migration: Migration = {
  // Limit counters removed once their period has ended (QuotaStore.removeEnded, the hourly sweep): by period.
  name: 'quota counters by period',
  up: `
    CREATE INDEX quota_period ON quota(period);
  `,
}

export default migration
