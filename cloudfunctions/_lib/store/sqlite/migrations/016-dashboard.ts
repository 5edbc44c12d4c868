import type { Migration } from './migration'

const migration: Migration = {
  // The officer dashboard's rollup per org (DashboardStore): the record is JSON, read and written whole.
  name: 'dashboard rollups',
  up: `
    CREATE TABLE dashboard_rollups (
      org_id TEXT PRIMARY KEY,
      doc TEXT NOT NULL
    );
  `,
}

export default migration
