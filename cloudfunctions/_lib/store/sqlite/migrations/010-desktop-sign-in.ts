import type { Migration } from './migration'

const migration: Migration = {
  // Desktop sign-in (account.desktop*): one-time codes (keyed hash only) and the sessions officers confirm.
  name: 'desktop sign-in codes and sessions',
  up: `
    CREATE TABLE desktop_codes (
      code_hash TEXT PRIMARY KEY,
      poll_hash TEXT NOT NULL,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      device TEXT,
      confirmed_by TEXT,
      confirmed_at TEXT,
      session_id TEXT,
      claimed_at TEXT
    );
    CREATE TABLE desktop_sessions (
      id TEXT PRIMARY KEY,
      openid TEXT NOT NULL,
      device TEXT,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      ended_at TEXT
    );
    -- An officer's sessions not ended, newest first (ids are time-ordered).
    CREATE INDEX desktop_sessions_open ON desktop_sessions(openid, id) WHERE ended_at IS NULL;
  `,
}

export default migration
