import type { Migration } from './migration'

const migration: Migration = {
  // Named positions timers keep between runs (the subscribe-message queue's last inbox id): MarkStore.
  name: 'timer marks',
  up: `
    CREATE TABLE marks (
      name TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      version INTEGER NOT NULL
    );
  `,
}

export default migration
