import type { Migration } from './migration'

/** A case's flags digit under a window's threshold (1: collective, 2: protected), as the radar's pass computes it. */
const flags = (c: 'new' | 'old') =>
  `((${c}.affected_count >= w.collective_from OR ${c}.participant_count >= w.collective_from) + 2 * (${c}.strict_privacy <> 'named'))`

/** The counter row `c` (a case as it is or was) counts in, when its town keeps counters and it lies in their window. */
const counted = (c: 'new' | 'old') =>
  `FROM radar_case_windows w WHERE w.town_id = ${c}.town_id AND ${c}.created_at >= w.since AND ${c}.enterprise_id IS NOT NULL`

const add = (c: 'new' | 'old', delta: '+ 1' | '- 1') => `
    INSERT INTO radar_case_counts (town_id, enterprise_id, category, flags, cases)
      SELECT ${c}.town_id, ${c}.enterprise_id, ${c}.category, ${flags(c)}, ${delta === '+ 1' ? 1 : -1} ${counted(c)}
      ON CONFLICT (town_id, enterprise_id, category, flags) DO UPDATE SET cases = cases ${delta};`

const migration: Migration = {
  // Employer risk radar (decision 0018): the town's cases in the window counted per (enterprise, category, flags) as
  // they are written, so the radar's recompute reads a few thousand counters instead of walking 100,000 index entries.
  // A town keeps counters from its first pass on (grievances.countsByEnterprise builds them and moves the window);
  // the triggers count every later insert, update and delete of a case in that window.
  // And the insured counts of a town's last two imports as generated columns of the organising documents, indexed
  // (the index is built from the existing rows), so the radar reads them without parsing a document.
  name: 'risk radar: case counters per town, enterprise and kind; insured counts indexed',
  up: `
    -- The window each town's counters hold: cases created at or after \`since\`; collective from \`collective_from\`.
    CREATE TABLE radar_case_windows (
      town_id TEXT PRIMARY KEY,
      since TEXT NOT NULL,
      collective_from INTEGER NOT NULL
    ) WITHOUT ROWID;

    -- flags: 1 collective, 2 protected (anonymous or employer-blind). A counter may fall to 0 (read as no group).
    CREATE TABLE radar_case_counts (
      town_id TEXT NOT NULL,
      enterprise_id TEXT NOT NULL,
      category TEXT NOT NULL,
      flags INTEGER NOT NULL,
      cases INTEGER NOT NULL,
      PRIMARY KEY (town_id, enterprise_id, category, flags)
    ) WITHOUT ROWID;

    CREATE TRIGGER radar_case_counts_insert AFTER INSERT ON grievances WHEN new.enterprise_id IS NOT NULL BEGIN
      ${add('new', '+ 1')}
    END;

    CREATE TRIGGER radar_case_counts_delete AFTER DELETE ON grievances WHEN old.enterprise_id IS NOT NULL BEGIN
      ${add('old', '- 1')}
    END;

    -- An update moves the case from its old counter to its new one (a join that makes it collective, a transfer, …).
    CREATE TRIGGER radar_case_counts_update
      AFTER UPDATE OF town_id, enterprise_id, created_at, category, affected_count, participant_count, strict_privacy ON grievances
      WHEN (old.town_id, old.enterprise_id, old.created_at, old.category, old.affected_count, old.participant_count, old.strict_privacy)
        IS NOT (new.town_id, new.enterprise_id, new.created_at, new.category, new.affected_count, new.participant_count, new.strict_privacy)
    BEGIN
      ${add('old', '- 1')}
      ${add('new', '+ 1')}
    END;

    -- Backfill: a town that already has a radar snapshot gets its counters for the window of that snapshot (90 days,
    -- collective from 2 workers: RADAR_TABLE when this shipped); its next pass moves the window on from there.
    INSERT INTO radar_case_windows (town_id, since, collective_from)
      SELECT town_id, strftime('%Y-%m-%dT%H:%M:%S+08:00', computed_at, '-90 days', '+8 hours'), 2 FROM radar_towns;
    INSERT INTO radar_case_counts (town_id, enterprise_id, category, flags, cases)
      SELECT g.town_id, g.enterprise_id, g.category,
        (g.affected_count >= w.collective_from OR g.participant_count >= w.collective_from) + 2 * (g.strict_privacy <> 'named'), count(*)
      FROM radar_case_windows w JOIN grievances g INDEXED BY grievances_town_created
        ON g.town_id = w.town_id AND g.created_at >= w.since AND g.enterprise_id IS NOT NULL
      GROUP BY 1, 2, 3, 4;

    ALTER TABLE organising_entries ADD COLUMN radar_enterprise_id TEXT GENERATED ALWAYS AS (doc ->> '$.enterpriseId') VIRTUAL;
    ALTER TABLE organising_entries ADD COLUMN radar_latest INTEGER GENERATED ALWAYS AS (doc ->> '$.history[0].insured') VIRTUAL;
    ALTER TABLE organising_entries ADD COLUMN radar_previous INTEGER GENERATED ALWAYS AS (doc ->> '$.history[1].insured') VIRTUAL;
    CREATE INDEX organising_radar ON organising_entries(town_id, credit_code, radar_enterprise_id, radar_latest, radar_previous);
  `,
}

export default migration
