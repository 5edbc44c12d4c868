import type { Migration } from './migration'

const migration: Migration = {
  // Evidence upload slots (grievance.uploadSlot): the hourly sweep removes the files of slots never finished.
  name: 'evidence upload slots',
  up: `
    CREATE TABLE upload_slots (
      id TEXT PRIMARY KEY,
      key TEXT NOT NULL,
      issued_at TEXT NOT NULL,
      finished_at TEXT
    );
    -- Unfinished slots only: the sweep's cost follows what is left to clean, not every photo ever uploaded.
    CREATE INDEX upload_slots_open ON upload_slots(issued_at, id) WHERE finished_at IS NULL;
  `,
}

export default migration
