import type { Migration } from './migration'

const migration: Migration = {
  // Legal help (issue 11). Consultations and aid applications are one JSON document each (`doc`, the port's
  // record) plus the columns their look-ups and lists need; every list has its own index (sqlite/legal.ts).
  name: 'legal consultations, knowledge base, wage parameters, legal aid, limitation reminders',
  up: `
    CREATE TABLE legal_consultations (
      id TEXT PRIMARY KEY,
      request_key TEXT NOT NULL UNIQUE,
      receipt_hash TEXT NOT NULL UNIQUE,
      asker_key TEXT NOT NULL,
      status TEXT NOT NULL,
      assigned_org_id TEXT NOT NULL,
      assigned_path TEXT NOT NULL,
      answer_by TEXT NOT NULL,
      escalate_at TEXT,
      created_at TEXT NOT NULL,
      version INTEGER NOT NULL,
      doc TEXT NOT NULL
    );
    -- The lawyers' queue (not closed), keyset on (answer_by, id); one index per filter shape.
    CREATE INDEX legal_consultations_queue ON legal_consultations(assigned_org_id, answer_by, id) WHERE status <> 'closed';
    CREATE INDEX legal_consultations_queue_status ON legal_consultations(assigned_org_id, status, answer_by, id) WHERE status <> 'closed';
    CREATE INDEX legal_consultations_asker ON legal_consultations(asker_key, created_at, id);
    -- The sweep walks consultations whose clock runs (escalate_at is cleared by the first answer).
    CREATE INDEX legal_consultations_due ON legal_consultations(escalate_at, id) WHERE escalate_at IS NOT NULL;
    -- Statistics: the created_at window in order, the subtree checked on the index entry.
    CREATE INDEX legal_consultations_created ON legal_consultations(created_at, id, assigned_path);
    -- missedOrgIds, one row per org, kept equal to the document's list by every write.
    CREATE TABLE legal_consultation_misses (
      consultation_id TEXT NOT NULL,
      org_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (consultation_id, org_id)
    ) WITHOUT ROWID;
    CREATE INDEX legal_consultation_misses_org ON legal_consultation_misses(org_id, created_at, consultation_id);

    -- Knowledge base. rank: the FTS row of a published article, ordered like (updated_at, id) to the second
    -- (sqlite/legal-articles.ts); NULL while unpublished.
    CREATE TABLE legal_articles (
      id TEXT PRIMARY KEY,
      category TEXT NOT NULL,
      published INTEGER NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL,
      rank INTEGER UNIQUE,
      doc TEXT NOT NULL
    );
    CREATE INDEX legal_articles_published ON legal_articles(updated_at, id) WHERE published = 1;
    CREATE INDEX legal_articles_published_category ON legal_articles(category, updated_at, id) WHERE published = 1;
    -- Each published article's distinct bigrams (and its category) as opaque ASCII tokens; rowid = its rank.
    -- detail=none keeps only which rows hold a token: the postings of 100k long articles in tens of MB.
    CREATE VIRTUAL TABLE legal_article_grams USING fts5(tokens, content='', contentless_delete=1, detail=none, tokenize='ascii');
    -- How many published articles hold each bigram, so a search walks its rarest ones (as enterprise_gram_counts).
    CREATE TABLE legal_article_gram_counts (
      gram TEXT PRIMARY KEY,
      n INTEGER NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE legal_parameters (
      year INTEGER PRIMARY KEY,
      doc TEXT NOT NULL
    );

    CREATE TABLE legal_aid (
      id TEXT PRIMARY KEY,
      request_key TEXT NOT NULL UNIQUE,
      applicant_key TEXT NOT NULL,
      status TEXT NOT NULL,
      assigned_org_id TEXT NOT NULL,
      assigned_path TEXT NOT NULL,
      -- decide_by, or '~' while paused: paused applications sort last in the queue.
      decide_key TEXT NOT NULL,
      escalate_at TEXT,
      created_at TEXT NOT NULL,
      version INTEGER NOT NULL,
      doc TEXT NOT NULL
    );
    CREATE INDEX legal_aid_queue ON legal_aid(assigned_org_id, decide_key, id) WHERE status IN ('pending', 'awaiting_material');
    CREATE INDEX legal_aid_applicant ON legal_aid(applicant_key, created_at, id);
    CREATE INDEX legal_aid_due ON legal_aid(escalate_at, id) WHERE escalate_at IS NOT NULL;
    CREATE INDEX legal_aid_created ON legal_aid(created_at, id, assigned_path);

    CREATE TABLE legal_reminders (
      id TEXT PRIMARY KEY,
      request_key TEXT NOT NULL UNIQUE,
      recipient_key TEXT NOT NULL,
      due_day TEXT NOT NULL,
      deadline TEXT NOT NULL,
      days_before INTEGER NOT NULL,
      category TEXT NOT NULL,
      sent_at TEXT
    );
    CREATE INDEX legal_reminders_due ON legal_reminders(due_day, id) WHERE sent_at IS NULL;
  `,
}

export default migration
