/**
 * The warm-container org cache of the CloudBase deps (issue 10): what it serves without a read, for how long,
 * and what always reads the store.
 */
import type { Enterprise, Org } from '../../types/directory'
import { cachedOrgs, orgsForDisplay } from '../../cloudfunctions/_lib/store/org-cache'
import type { DirectoryStore } from '../../cloudfunctions/_lib/store/port'
import * as make from '../support/factories'

const TTL = 60_000

/** The org part of a directory, counting reads. */
function directoryWith(initial: Org[]) {
  const orgs = new Map(initial.map((o) => [o.id, o]))
  const enterprises = new Map<string, Enterprise>()
  const reads = { getOrg: 0, getOrgs: 0, listTowns: 0, getEnterprise: 0, getEnterprises: 0 }
  const inner = {
    getOrg: async (id: string) => (reads.getOrg++, orgs.get(id) ?? null),
    getOrgs: async (ids: string[]) => (reads.getOrgs++, ids.flatMap((id) => orgs.get(id) ?? []).sort((a, b) => a.id.localeCompare(b.id))),
    listTowns: async () => (reads.listTowns++, [...orgs.values()].filter((o) => o.type === 'town_federation')),
    getEnterprise: async (id: string) => (reads.getEnterprise++, enterprises.get(id) ?? null),
    getEnterprises: async (ids: string[]) => (reads.getEnterprises++, ids.flatMap((id) => enterprises.get(id) ?? [])),
    upsertBatch: async (batch: { orgs: Org[] }) => {
      if (batch.orgs.some((o) => o.name === 'fail')) throw new Error('write failed')
      batch.orgs.forEach((o) => orgs.set(o.id, o))
    },
  } as unknown as DirectoryStore
  return { inner, orgs, enterprises, reads }
}

function setup(initial: Org[]) {
  const d = directoryWith(initial)
  let now = 1_000_000
  const cached = cachedOrgs(d.inner, TTL, () => now)
  return { ...d, cached, advance: (ms: number) => void (now += ms) }
}

const batch = (orgs: Org[]) => ({ orgs, enterprises: [], officers: [] })

describe('cachedOrgs', () => {
  it('When an org is read again within the TTL, then the store is read once; after the TTL, again', async () => {
    const town = make.org({ id: 'sx', type: 'town_federation' })
    const s = setup([town])
    expect(await s.cached.getOrg('sx')).toEqual(town)
    s.advance(TTL)
    expect(await s.cached.getOrg('sx')).toEqual(town)
    expect(s.reads.getOrg).toBe(1)
    s.advance(1)
    await s.cached.getOrg('sx')
    expect(s.reads.getOrg).toBe(2)
  })

  it('When an org does not exist, then that is not remembered: an org added later is found at once', async () => {
    const s = setup([])
    expect(await s.cached.getOrg('new')).toBeNull()
    s.orgs.set('new', make.org({ id: 'new' }))
    expect(await s.cached.getOrg('new')).toMatchObject({ id: 'new' })
    expect(s.reads.getOrg).toBe(2)
  })

  it('When orgs are read as a batch, then the store is always read (the import plans against it), and getOrg reuses them', async () => {
    const a = make.org({ id: 'a' })
    const b = make.org({ id: 'b' })
    const s = setup([b, a])
    await s.cached.getOrg('a')
    const renamed = { ...a, name: '改名后的工会' }
    s.orgs.set('a', renamed)
    expect(await s.cached.getOrgs(['b', 'a', 'missing'])).toEqual([renamed, b])
    expect(s.reads.getOrgs).toBe(1)
    expect(await s.cached.getOrg('a')).toEqual(renamed)
    expect(await s.cached.getOrg('b')).toEqual(b)
    expect(s.reads.getOrg).toBe(1)
  })

  it('When the towns are listed twice, then the store is read once, and a caller changing its list changes nothing', async () => {
    const s = setup([make.org({ id: 'ft', type: 'town_federation' }), make.org({ id: 'sx', type: 'town_federation' })])
    const first = await s.cached.listTowns()
    first.reverse()
    expect((await s.cached.listTowns()).map((o) => o.id)).toEqual(['ft', 'sx'])
    expect(s.reads.listTowns).toBe(1)
    await s.cached.getOrg('sx')
    expect(s.reads.getOrg).toBe(0)
  })

  it("When this container imports, then its cache is dropped, even if the write fails", async () => {
    const s = setup([make.org({ id: 'sx', type: 'town_federation' })])
    await s.cached.getOrg('sx')
    await s.cached.listTowns()
    await s.cached.upsertBatch(batch([make.org({ id: 'sx', type: 'town_federation', name: '苏溪镇总工会（新）' })]))
    expect(await s.cached.getOrg('sx')).toMatchObject({ name: '苏溪镇总工会（新）' })
    expect((await s.cached.listTowns())[0]).toMatchObject({ name: '苏溪镇总工会（新）' })
    await expect(s.cached.upsertBatch(batch([make.org({ id: 'x', name: 'fail' })]))).rejects.toThrow('write failed')
    await s.cached.getOrg('sx')
    expect(s.reads).toMatchObject({ getOrg: 3, listTowns: 2 })
  })

  it('When a routing decision reads an enterprise again within the TTL, then the store is read once; a missing one every time; an import clears it', async () => {
    const s = setup([])
    expect(await s.cached.getEnterprise('e-1')).toBeNull()
    const hx = make.enterprise({ id: 'e-1', name: '华鑫织造' })
    s.enterprises.set('e-1', hx)
    expect(await s.cached.getEnterprise('e-1')).toEqual(hx)
    s.advance(TTL)
    expect(await s.cached.getEnterprise('e-1')).toEqual(hx)
    expect(s.reads.getEnterprise).toBe(2)
    s.enterprises.set('e-1', { ...hx, name: '华鑫织造（新）' })
    await s.cached.upsertBatch(batch([]))
    expect(await s.cached.getEnterprise('e-1')).toMatchObject({ name: '华鑫织造（新）' })
    s.advance(TTL + 1)
    await s.cached.getEnterprise('e-1')
    expect(s.reads.getEnterprise).toBe(4)
  })

  it('When enterprises are read as a list or batch, then they go to the store every time (the import plans against them)', async () => {
    const s = setup([])
    await s.cached.getEnterprises(['e-1'])
    await s.cached.getEnterprises(['e-1'])
    expect(s.reads.getEnterprises).toBe(2)
  })

  it('When a view names orgs, then the cached ones are not read again and the rest are read in one batch', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((id) => make.org({ id }))
    const s = setup([a, b, c])
    await s.cached.getOrg('a')
    const names = async (ids: string[]) => (await orgsForDisplay(s.cached, ids)).map((o) => o.id).sort()
    expect(await names(['a', 'b', 'missing', 'a'])).toEqual(['a', 'b'])
    expect(s.reads.getOrgs).toBe(1)
    expect(await names(['a', 'b'])).toEqual(['a', 'b'])
    expect(s.reads.getOrgs).toBe(1)
  })

  it('When the directory has no cache (SQLite), then a view reads its orgs as one batch', async () => {
    const d = directoryWith([make.org({ id: 'a' })])
    expect(await orgsForDisplay(d.inner, ['a', 'a'])).toEqual([expect.objectContaining({ id: 'a' })])
    expect(d.reads.getOrgs).toBe(1)
  })
})
