import type { Migration } from './migration'

const migration: Migration = {
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
}

export default migration
