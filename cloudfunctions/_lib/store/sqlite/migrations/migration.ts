import type Database from 'better-sqlite3'

/** One schema step: SQL, or a function for steps SQL alone cannot express. */
export type Migration = { name: string; up: string | ((db: Database.Database) => void) }
