import type { Migration } from './migration'

const migration: Migration = {
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
}

export default migration
