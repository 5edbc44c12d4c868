import type { Migration } from './migration'

const migration: Migration = {
  // Issue 9: atomic counters for daily caps and failed guesses (quota.ts), and idempotent replies: a message
  // written by `reply` carries its request key, unique, so a retried reply finds the first message.
  name: 'quota counters, reply request keys',
  up: `
    CREATE TABLE quota (
      key TEXT NOT NULL,
      period TEXT NOT NULL,
      n INTEGER NOT NULL,
      PRIMARY KEY (key, period)
    ) WITHOUT ROWID;
    ALTER TABLE grievance_messages ADD COLUMN request_key TEXT;
    CREATE UNIQUE INDEX grievance_messages_request ON grievance_messages(request_key) WHERE request_key IS NOT NULL;
  `,
}

export default migration
