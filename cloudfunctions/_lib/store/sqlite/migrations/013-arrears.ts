import type { Migration } from './migration'

const migration: Migration = {
  // Wage-arrears zero-report (issue 13). A report is one JSON document (`doc`) plus the columns its look-ups need;
  // the board's columns sit in its index, so the month board reads the index alone (sqlite/arrears.ts).
  name: 'arrears reports, reminders, early-warning cases',
  up: `
    -- id = enterpriseId:month: one report per enterprise and month by construction.
    CREATE TABLE arrears_reports (
      id TEXT PRIMARY KEY,
      enterprise_id TEXT NOT NULL,
      town_id TEXT NOT NULL,
      month TEXT NOT NULL,
      filed_at TEXT NOT NULL,
      case_id TEXT,
      workers INTEGER,
      amount REAL,
      since TEXT,
      version INTEGER NOT NULL,
      doc TEXT NOT NULL
    );
    -- The board: a town's month, covering (no table look-up for 5,000 rows).
    CREATE INDEX arrears_reports_board ON arrears_reports(town_id, month, enterprise_id, filed_at, case_id, workers, amount, since);
    -- An enterprise's history, newest month first.
    CREATE INDEX arrears_reports_enterprise ON arrears_reports(enterprise_id, month);

    -- One row per reminder sent: the key says what, so a second send is a key clash.
    CREATE TABLE arrears_reminders (
      id TEXT PRIMARY KEY,
      sent_at TEXT NOT NULL
    ) WITHOUT ROWID;

    -- An early-warning case (JSON {arrearsReportId, month}); null on every other case.
    ALTER TABLE grievances ADD COLUMN early_warning TEXT;
  `,
}

export default migration
