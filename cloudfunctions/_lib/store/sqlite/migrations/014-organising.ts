import type { Migration } from './migration'

const migration: Migration = {
  // The organising list (issue 13 §2): one JSON document per enterprise (`doc`, the port's record) plus the columns
  // its lists need; staged import chunks until their import commits (sqlite/organising.ts).
  name: 'organising list entries, insured imports and their staged chunks',
  up: `
    CREATE TABLE organising_entries (
      credit_code TEXT PRIMARY KEY,
      town_id TEXT NOT NULL,
      area_id TEXT,
      status TEXT NOT NULL,
      on_list INTEGER NOT NULL,
      rank TEXT NOT NULL,
      covered INTEGER NOT NULL,
      covered_at TEXT,
      insured INTEGER NOT NULL,
      remind_at TEXT,
      version INTEGER NOT NULL,
      doc TEXT NOT NULL
    );
    -- listOpen: largest first (rank ascending) per town or area committee, with or without a status.
    CREATE INDEX organising_town ON organising_entries(town_id, rank, credit_code) WHERE on_list = 1;
    CREATE INDEX organising_town_status ON organising_entries(town_id, status, rank, credit_code) WHERE on_list = 1;
    CREATE INDEX organising_area ON organising_entries(area_id, rank, credit_code) WHERE on_list = 1;
    CREATE INDEX organising_area_status ON organising_entries(area_id, status, rank, credit_code) WHERE on_list = 1;
    -- The hourly sweep: reminders due.
    CREATE INDEX organising_remind ON organising_entries(remind_at, credit_code) WHERE remind_at IS NOT NULL;
    -- townTotals and insuredHistory: a town's entries.
    CREATE INDEX organising_town_all ON organising_entries(town_id, credit_code);

    CREATE TABLE organising_imports (id TEXT PRIMARY KEY, version INTEGER NOT NULL, doc TEXT NOT NULL);
    CREATE TABLE organising_chunks (
      import_id TEXT NOT NULL,
      chunk INTEGER NOT NULL,
      rows TEXT NOT NULL,
      PRIMARY KEY (import_id, chunk)
    );
  `,
}

export default migration
