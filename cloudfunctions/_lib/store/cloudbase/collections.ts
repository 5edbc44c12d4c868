/**
 * The CloudBase collections and their indexes: one list read by scripts/cloudbase-init.ts (which
 * creates the collections and prints the index steps) and by the test fake (which enforces the
 * unique ones). `_id` is always indexed and unique; it is the domain id in every collection.
 */
export type IndexSpec = {
  name: string
  /** Field and direction, in key order. */
  keys: ReadonlyArray<readonly [field: string, direction: 1 | -1]>
  unique: boolean
}
export type CollectionSpec = { name: string; indexes: readonly IndexSpec[] }

export const COLLECTIONS = [
  {
    name: 'orgs',
    indexes: [
      // listTowns: where type, order by _id.
      { name: 'type_id', keys: [['type', 1], ['_id', 1]], unique: false },
      // listOrgsBelow: a case-sensitive ^prefix regex on path can walk this index.
      { name: 'path', keys: [['path', 1]], unique: false },
    ],
  },
  {
    name: 'enterprises',
    indexes: [
      { name: 'creditCode_unique', keys: [['creditCode', 1]], unique: true },
      { name: 'townId_id', keys: [['townId', 1], ['_id', 1]], unique: false },
    ],
  },
  { name: 'officers', indexes: [{ name: 'orgId_id', keys: [['orgId', 1], ['_id', 1]], unique: false }] },
  // Looked up by _id (the code) only.
  { name: 'invites', indexes: [] },
  {
    name: 'audit',
    indexes: [{ name: 'record_id', keys: [['recordType', 1], ['recordId', 1], ['_id', 1]], unique: false }],
  },
  // A handful of documents, read whole.
  { name: 'calendar_years', indexes: [] },
] as const satisfies readonly CollectionSpec[]

export type CollectionName = (typeof COLLECTIONS)[number]['name']

export function collectionSpec(name: string): CollectionSpec | undefined {
  return COLLECTIONS.find((c) => c.name === name)
}
