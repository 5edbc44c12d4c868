import type { Migration } from './migration'

const migration: Migration = {
  name: 'grievance misses: the paths a case was escalated away from',
  up: `
    ALTER TABLE grievances ADD COLUMN missed_paths TEXT NOT NULL DEFAULT '[]';
    -- One row per escalation hop (grievances.missed_paths[hop]), kept by create/update in the same transaction:
    -- listMissedFrom walks the created_at window and checks the subtree on the index entry, like grievances_created.
    CREATE TABLE grievance_misses (
      case_id TEXT NOT NULL,
      hop INTEGER NOT NULL,
      org_path TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (case_id, hop)
    ) WITHOUT ROWID;
    CREATE INDEX grievance_misses_created ON grievance_misses(created_at, case_id, org_path);
    -- Backfill from the history: each 'escalated' event's fromOrgId at that org's directory path now (the
    -- case's root, e.g. '/yw/', when the org is gone from the directory), in history order.
    INSERT INTO grievance_misses (case_id, hop, org_path, created_at)
      SELECT g.id, row_number() OVER (PARTITION BY g.id ORDER BY e.key) - 1,
        coalesce(o.path, substr(g.assigned_path, 1, instr(substr(g.assigned_path, 2), '/') + 1)), g.created_at
      FROM grievances g
        JOIN json_each(g.history) e
        LEFT JOIN orgs o ON o.id = e.value ->> '$.fromOrgId'
      WHERE e.value ->> '$.type' = 'escalated' AND e.value ->> '$.fromOrgId' IS NOT NULL;
    UPDATE grievances
      SET missed_paths = (SELECT json_group_array(org_path ORDER BY hop) FROM grievance_misses m WHERE m.case_id = grievances.id)
      WHERE id IN (SELECT case_id FROM grievance_misses);
  `,
}

export default migration
