import type { Migration } from './migration'

const migration: Migration = {
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
}

export default migration
