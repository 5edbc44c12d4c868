/**
 * Schema migrations, applied in order and tracked with `PRAGMA user_version` (= number applied).
 * To change the schema, APPEND a migration; never edit or reorder one that has shipped.
 */
import type Database from 'better-sqlite3'

export type Migration = { name: string; up: string | ((db: Database.Database) => void) }

export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'directory, officers, invites, audit, calendar',
    up: `
      CREATE TABLE orgs (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        kind TEXT,
        parent_id TEXT,
        path TEXT NOT NULL,
        town_id TEXT
      );
      -- listOrgsBelow: a BINARY range on path (prefix), see directory.ts.
      CREATE INDEX orgs_path ON orgs(path);
      CREATE INDEX orgs_type_id ON orgs(type, id);

      CREATE TABLE enterprises (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        credit_code TEXT NOT NULL UNIQUE,
        town_id TEXT NOT NULL,
        union_id TEXT,
        joint_union_id TEXT,
        staff INTEGER NOT NULL,
        industry TEXT
      );
      CREATE INDEX enterprises_town_id ON enterprises(town_id, id);

      -- Name search: the distinct bigrams of each ASCII-lower-cased name (see grams.ts).
      CREATE TABLE enterprise_grams (
        gram TEXT NOT NULL,
        enterprise_id TEXT NOT NULL,
        PRIMARY KEY (gram, enterprise_id)
      ) WITHOUT ROWID;
      -- How many enterprises hold each bigram, so a search walks the rarest one.
      CREATE TABLE enterprise_gram_counts (
        gram TEXT PRIMARY KEY,
        n INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE officers (
        openid TEXT PRIMARY KEY,
        org_id TEXT NOT NULL,
        role TEXT NOT NULL,
        name TEXT NOT NULL
      );
      CREATE INDEX officers_org_openid ON officers(org_id, openid);

      CREATE TABLE invites (
        code TEXT PRIMARY KEY,
        org_id TEXT NOT NULL,
        role TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        redeemed_by TEXT,
        redeemed_at TEXT
      );

      CREATE TABLE audit (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        record_type TEXT NOT NULL,
        record_id TEXT NOT NULL,
        detail TEXT
      );
      CREATE INDEX audit_record ON audit(record_type, record_id, id);

      CREATE TABLE calendar_years (
        year INTEGER PRIMARY KEY,
        holidays TEXT NOT NULL,
        workdays TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      );
    `,
  },
  {
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
  },
  {
    // Which worker sent a message (their reporterKey), so co-workers on a collective case stay apart.
    name: 'message sender key',
    up: `ALTER TABLE grievance_messages ADD COLUMN sender_key TEXT;`,
  },
  {
    name: 'membership applications, members, member sequence',
    up: `
      -- Personal data only as *_enc (AES-GCM), *_hash (HMAC) and *_masked: no plaintext ID number or phone.
      CREATE TABLE membership_applications (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        id_hash TEXT NOT NULL,
        id_enc TEXT NOT NULL,
        phone_hash TEXT NOT NULL,
        phone_enc TEXT NOT NULL,
        name_enc TEXT NOT NULL,
        name_masked TEXT NOT NULL,
        id_masked TEXT NOT NULL,
        phone_masked TEXT NOT NULL,
        enterprise_id TEXT,
        enterprise_name TEXT,
        town_id TEXT,
        no_fixed_employer INTEGER NOT NULL,
        occupation TEXT,
        residence_town_id TEXT,
        employer_blind INTEGER NOT NULL,
        applicant_key TEXT NOT NULL,
        holder_key TEXT NOT NULL,
        request_key TEXT NOT NULL UNIQUE,
        member_id TEXT,
        from_org_id TEXT,
        consents TEXT NOT NULL,
        assigned_org_id TEXT NOT NULL,
        assigned_path TEXT NOT NULL,
        route_reason TEXT NOT NULL,
        received_at TEXT NOT NULL,
        review_by TEXT NOT NULL,
        review_by_estimated INTEGER NOT NULL,
        escalate_at TEXT,
        overdue INTEGER NOT NULL,
        reject_reason TEXT,
        reject_note TEXT,
        decided_at TEXT,
        decided_by TEXT,
        created_at TEXT NOT NULL,
        history TEXT NOT NULL,
        version INTEGER NOT NULL
      );
      -- One pending application per person: two racing applies cannot both insert.
      CREATE UNIQUE INDEX membership_applications_pending ON membership_applications(id_hash) WHERE status = 'pending';
      -- The review queue, keyset on (review_by, id); one index per filter shape (see memberships.ts).
      CREATE INDEX membership_applications_queue ON membership_applications(assigned_org_id, review_by, id);
      CREATE INDEX membership_applications_queue_status ON membership_applications(assigned_org_id, status, review_by, id);
      CREATE INDEX membership_applications_queue_overdue ON membership_applications(assigned_org_id, review_by, id) WHERE overdue = 1;
      -- The escalation sweep walks applications whose clock runs, not all of them.
      CREATE INDEX membership_applications_escalate_due ON membership_applications(escalate_at, id) WHERE escalate_at IS NOT NULL;
      CREATE INDEX membership_applications_applicant ON membership_applications(applicant_key, id);

      CREATE TABLE members (
        id TEXT PRIMARY KEY,
        member_no TEXT NOT NULL UNIQUE,
        id_hash TEXT NOT NULL,
        id_enc TEXT NOT NULL,
        phone_hash TEXT NOT NULL,
        phone_enc TEXT NOT NULL,
        name_enc TEXT NOT NULL,
        name_masked TEXT NOT NULL,
        id_masked TEXT NOT NULL,
        phone_masked TEXT NOT NULL,
        holder_key TEXT NOT NULL,
        org_id TEXT NOT NULL,
        org_path TEXT NOT NULL,
        status TEXT NOT NULL,
        since TEXT NOT NULL,
        status_reason TEXT,
        application_id TEXT NOT NULL,
        workplace TEXT NOT NULL,
        history TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL
      );
      -- One current (active or suspended) membership per person; a member who left does not block a new one.
      CREATE UNIQUE INDEX members_current ON members(id_hash) WHERE status IN ('active', 'suspended');
      CREATE INDEX members_holder ON members(holder_key, id);
      CREATE INDEX members_org ON members(org_id, member_no);

      -- The city-wide member sequence: one row, incremented with RETURNING.
      CREATE TABLE member_seq (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        value INTEGER NOT NULL
      );
      INSERT INTO member_seq (id, value) VALUES (1, 0);
    `,
  },
  {
    name: 'subscribe-message subscriptions and outbox',
    up: `
      -- The openid only encrypted (openid_enc); rows are keyed by inbox recipient keys, never by a person.
      CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        recipient_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        template_id TEXT NOT NULL,
        openid_enc TEXT NOT NULL,
        remaining INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL
      );
      CREATE INDEX subscriptions_recipient ON subscriptions(recipient_key, id);

      CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        subscription_id TEXT NOT NULL,
        openid_enc TEXT NOT NULL,
        template_id TEXT NOT NULL,
        page TEXT NOT NULL,
        data TEXT NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        next_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_error TEXT,
        version INTEGER NOT NULL
      );
      -- The send timer walks pending messages only (next_at is cleared when a message is sent or given up).
      CREATE INDEX outbox_due ON outbox(next_at, id) WHERE next_at IS NOT NULL;
    `,
  },
  {
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
  },
  {
    // Security review H2/M1: a flagged (identityConflict) application holds no idHash, and an account has
    // at most one pending application. An existing database with two pending applications of one account
    // fails here, loudly: decide one of them first.
    name: 'membership identity conflicts, one pending application per account',
    up: `
      ALTER TABLE membership_applications ADD COLUMN identity_conflict INTEGER NOT NULL DEFAULT 0;
      DROP INDEX membership_applications_pending;
      CREATE UNIQUE INDEX membership_applications_pending ON membership_applications(id_hash)
        WHERE status = 'pending' AND identity_conflict = 0;
      CREATE UNIQUE INDEX membership_applications_pending_holder ON membership_applications(holder_key) WHERE status = 'pending';
    `,
  },
]

/** Applies every migration not yet applied, each in its own transaction. Safe to call on every open. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const applied = db.pragma('user_version', { simple: true }) as number
  if (applied > migrations.length) {
    throw new Error(`database schema version ${applied} is newer than this code (${migrations.length})`)
  }
  for (let i = applied; i < migrations.length; i++) {
    const { up } = migrations[i]
    db.transaction(() => {
      if (typeof up === 'string') db.exec(up)
      else up(db)
      db.pragma(`user_version = ${i + 1}`)
    })()
  }
  return migrations.length
}
