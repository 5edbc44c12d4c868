import type { Migration } from './migration'

const migration: Migration = {
  name: 'grievances, participants, messages, inbox, check-ins',
  up: `
    -- One row per case; no reporter identity here (that lives in grievance_participants).
    -- Times are ISO-8601 strings, all with +08:00, so text order is time order.
    CREATE TABLE grievances (
      id TEXT PRIMARY KEY,
      receipt_hash TEXT NOT NULL UNIQUE,
      receipt_enc TEXT NOT NULL,
      enterprise_id TEXT,
      enterprise_name TEXT,
      town_id TEXT,
      category TEXT NOT NULL,
      urgent INTEGER NOT NULL,
      affected_count INTEGER NOT NULL,
      strict_privacy TEXT NOT NULL,
      description TEXT NOT NULL,
      attachments TEXT NOT NULL,
      status TEXT NOT NULL,
      assigned_org_id TEXT NOT NULL,
      assigned_path TEXT NOT NULL,
      route_reason TEXT NOT NULL,
      received_at TEXT NOT NULL,
      accept_by TEXT NOT NULL,
      accept_by_estimated INTEGER NOT NULL,
      accepted_at TEXT,
      resolve_by TEXT,
      paused_since TEXT,
      paused_ms INTEGER NOT NULL,
      supervised INTEGER NOT NULL,
      supervisor_org_id TEXT,
      overdue INTEGER NOT NULL,
      outcome TEXT,
      summary TEXT,
      resolved_at TEXT,
      closed_at TEXT,
      rating INTEGER,
      rating_comment TEXT,
      reopen_count INTEGER NOT NULL,
      linked_case_id TEXT,
      participant_count INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      escalate_at TEXT,
      supervise_at TEXT,
      history TEXT NOT NULL,
      version INTEGER NOT NULL
    );
    -- The officer queue, keyset on (accept_by, id); one index per filter shape (see grievances.ts).
    CREATE INDEX grievances_queue ON grievances(assigned_org_id, accept_by, id);
    CREATE INDEX grievances_queue_status ON grievances(assigned_org_id, status, accept_by, id);
    -- Overdue and supervised cases are few: partial indexes hold only them.
    CREATE INDEX grievances_queue_overdue ON grievances(assigned_org_id, accept_by, id) WHERE overdue = 1;
    CREATE INDEX grievances_queue_supervised ON grievances(assigned_org_id, accept_by, id) WHERE supervised = 1;
    CREATE INDEX grievances_supervisor ON grievances(supervisor_org_id, accept_by, id) WHERE supervised = 1;
    -- Sweeps: only cases whose clock runs are in these, so a sweep walks due cases, not all cases.
    CREATE INDEX grievances_escalate_due ON grievances(escalate_at, id) WHERE escalate_at IS NOT NULL;
    CREATE INDEX grievances_supervise_due ON grievances(supervise_at, id) WHERE supervise_at IS NOT NULL;
    -- Collective joins: the open cases of one enterprise and category, most affected first.
    CREATE INDEX grievances_open_at ON grievances(enterprise_id, category, affected_count DESC, id)
      WHERE status NOT IN ('resolved', 'closed');
    -- Statistics: a created_at window, the subtree filter checked on the index entry (assigned_path).
    CREATE INDEX grievances_created ON grievances(created_at, id, assigned_path);

    CREATE TABLE grievance_participants (
      case_id TEXT NOT NULL,
      reporter_key TEXT NOT NULL,
      role TEXT NOT NULL,
      privacy TEXT NOT NULL,
      contact_enc TEXT,
      affected_count INTEGER NOT NULL,
      request_key TEXT NOT NULL UNIQUE,
      joined_at TEXT NOT NULL,
      day TEXT NOT NULL,
      PRIMARY KEY (case_id, reporter_key)
    ) WITHOUT ROWID;
    CREATE INDEX grievance_participants_case_joined ON grievance_participants(case_id, joined_at, request_key);
    CREATE INDEX grievance_participants_reporter ON grievance_participants(reporter_key, case_id);
    CREATE INDEX grievance_participants_reporter_day ON grievance_participants(reporter_key, day);

    CREATE TABLE grievance_messages (
      id TEXT PRIMARY KEY,
      case_id TEXT NOT NULL,
      at TEXT NOT NULL,
      sender TEXT NOT NULL,
      org_id TEXT,
      kind TEXT NOT NULL,
      text TEXT NOT NULL,
      attachments TEXT NOT NULL
    );
    CREATE INDEX grievance_messages_case ON grievance_messages(case_id, id);

    CREATE TABLE inbox (
      id TEXT PRIMARY KEY,
      recipient_key TEXT NOT NULL,
      at TEXT NOT NULL,
      type TEXT NOT NULL,
      case_id TEXT,
      title TEXT NOT NULL,
      body TEXT NOT NULL,
      read INTEGER NOT NULL,
      due_at TEXT
    );
    CREATE INDEX inbox_recipient ON inbox(recipient_key, id);

    CREATE TABLE checkins (
      id TEXT PRIMARY KEY,
      case_id TEXT NOT NULL,
      reporter_key TEXT NOT NULL,
      due_at TEXT NOT NULL,
      sent INTEGER NOT NULL,
      kind TEXT NOT NULL
    );
    CREATE INDEX checkins_due ON checkins(due_at, id) WHERE sent = 0;
  `,
}

export default migration
