import type { Migration } from './migration'

const migration: Migration = {
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
}

export default migration
