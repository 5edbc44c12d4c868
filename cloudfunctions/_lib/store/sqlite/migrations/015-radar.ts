import type { Migration } from './migration'

const migration: Migration = {
  // Employer risk radar (issue 13 §3, decision 0018): the per-town snapshot the list reads, 法律体检 visits, and
  // the last alert per enterprise; plus the grievance index the radar's one pass over a town's 90 days walks.
  name: 'risk radar: snapshots, visits, alerts; grievances by town and time',
  up: `
    -- Covering: the pass groups by enterprise and category without reading a case row.
    CREATE INDEX grievances_town_created ON grievances(
      town_id, created_at, enterprise_id, category, affected_count, participant_count, strict_privacy
    ) WHERE enterprise_id IS NOT NULL;

    -- One row per town: the enterprises' signals as JSON (what the radar scores), when they were computed.
    CREATE TABLE radar_towns (
      town_id TEXT PRIMARY KEY,
      computed_at TEXT NOT NULL,
      rows TEXT NOT NULL
    );

    CREATE TABLE radar_visits (
      id TEXT PRIMARY KEY,
      town_id TEXT NOT NULL,
      enterprise_id TEXT NOT NULL,
      date TEXT NOT NULL,
      doc TEXT NOT NULL
    );
    -- An enterprise's visits, latest date first; and a town's latest visit per enterprise (max(date) per group).
    CREATE INDEX radar_visits_enterprise ON radar_visits(town_id, enterprise_id, date, id);

    CREATE TABLE radar_alerts (
      town_id TEXT NOT NULL,
      enterprise_id TEXT NOT NULL,
      at TEXT NOT NULL,
      PRIMARY KEY (town_id, enterprise_id)
    ) WITHOUT ROWID;
  `,
}

export default migration
