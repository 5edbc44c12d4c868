import type { Migration } from './migration'

const migration: Migration = {
  // Medical mutual aid (issue 12). Plans, enrolments and claims are one JSON document each (`doc`, the port's
  // record) plus the columns their look-ups and lists need; every list has its own index (sqlite/mutual-aid.ts).
  name: 'mutual aid plans, enrolments, claims, invoice keys',
  up: `
    CREATE TABLE mutual_aid_plans (
      id TEXT PRIMARY KEY,
      year INTEGER NOT NULL,
      version INTEGER NOT NULL,
      doc TEXT NOT NULL
    );
    -- listPlans: newest year first.
    CREATE INDEX mutual_aid_plans_year ON mutual_aid_plans(year, id);

    -- id = planId:memberId, so a member is enrolled in a plan once by construction.
    CREATE TABLE mutual_aid_enrolments (
      id TEXT PRIMARY KEY,
      plan_id TEXT NOT NULL,
      holder_key TEXT NOT NULL,
      org_id TEXT NOT NULL,
      member_no TEXT NOT NULL,
      cover_to TEXT NOT NULL,
      version INTEGER NOT NULL,
      doc TEXT NOT NULL
    );
    -- "My cover", newest cover year first.
    CREATE INDEX mutual_aid_enrolments_holder ON mutual_aid_enrolments(holder_key, cover_to, id);
    -- A union's roster for a plan, by member number.
    CREATE INDEX mutual_aid_enrolments_org ON mutual_aid_enrolments(org_id, plan_id, member_no, id);

    CREATE TABLE mutual_aid_claims (
      id TEXT PRIMARY KEY,
      request_key TEXT NOT NULL UNIQUE,
      holder_key TEXT NOT NULL,
      plan_id TEXT NOT NULL,
      status TEXT NOT NULL,
      review_org_id TEXT NOT NULL,
      review_path TEXT NOT NULL,
      approve_org_id TEXT NOT NULL,
      -- decide_by, or created_at before the documents are complete: the queues' order.
      queue_key TEXT NOT NULL,
      escalate_at TEXT,
      created_at TEXT NOT NULL,
      version INTEGER NOT NULL,
      doc TEXT NOT NULL
    );
    -- The three queues: small partial indexes, one per stage (the WHERE text is repeated by each query).
    CREATE INDEX mutual_aid_claims_review ON mutual_aid_claims(review_org_id, queue_key, id) WHERE status = 'submitted';
    CREATE INDEX mutual_aid_claims_approve ON mutual_aid_claims(approve_org_id, queue_key, id) WHERE status = 'checked';
    CREATE INDEX mutual_aid_claims_pay ON mutual_aid_claims(approve_org_id, queue_key, id) WHERE status = 'approved';
    CREATE INDEX mutual_aid_claims_holder ON mutual_aid_claims(holder_key, created_at, id);
    -- The sweep walks claims whose decision clock runs.
    CREATE INDEX mutual_aid_claims_due ON mutual_aid_claims(escalate_at, id) WHERE escalate_at IS NOT NULL;
    -- Statistics: a plan's claims in (created_at, id) order, the subtree checked on the index entry.
    CREATE INDEX mutual_aid_claims_stats ON mutual_aid_claims(plan_id, created_at, id, review_path);

    -- One row per invoice ever claimed: the keyed hash is the key, so a second use is a key clash, never a scan.
    CREATE TABLE mutual_aid_invoices (
      hash TEXT PRIMARY KEY,
      claim_id TEXT NOT NULL
    ) WITHOUT ROWID;
  `,
}

export default migration
