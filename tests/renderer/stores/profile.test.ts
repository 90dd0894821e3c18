import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { loadProfile } from '../../../renderer/db/profile'
import { useProfileStore } from '../../../renderer/stores/profile'
import { useStorageStatusStore } from '../../../renderer/stores/storage-status'
import { freshDb } from '../db/helpers'

describe('profile store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
  })

  it('saves a valid change and reports it saved', async () => {
    freshDb()
    const store = useProfileStore()
    await store.load()
    expect(await store.update({ householdSize: 3, intolerances: ['lactose'] })).toEqual([])
    expect(store.status).toBe('saved')
    expect((await loadProfile()).profile).toMatchObject({ householdSize: 3, intolerances: ['lactose'] })
  })

  it('changes one target without touching the other', async () => {
    freshDb()
    const store = useProfileStore()
    await store.load()
    await store.update({ targets: { fiberG: 35 } })
    expect((await loadProfile()).profile.targets).toEqual({ fiberG: 35, energyKcal: 2000 })
  })

  it('refuses an invalid value, says which field, and keeps what was stored', async () => {
    freshDb()
    const store = useProfileStore()
    await store.load()
    await store.update({ householdSize: 2 })
    const issues = await store.update({ householdSize: 500 })
    expect(issues).toEqual([{ path: 'householdSize', code: 'range' }])
    expect(store.issues).toEqual({ householdSize: 'range' })
    expect(store.status).toBe('invalid')
    expect(store.profile.householdSize).toBe(2)
    expect((await loadProfile()).profile.householdSize).toBe(2)

    // Another field can still be saved while one is wrong; fixing it clears the issue.
    await store.update({ diet: 'vegan' })
    expect((await loadProfile()).profile.diet).toBe('vegan')
    expect(store.status).toBe('invalid')
    await store.update({ householdSize: 4 })
    expect(store.issues).toEqual({})
    expect(store.status).toBe('saved')
  })

  it('keeps the last of quick successive edits', async () => {
    freshDb()
    const store = useProfileStore()
    await store.load()
    const edits = [2, 3, 4, 5, 6].map((householdSize) => store.update({ householdSize }))
    await Promise.all(edits)
    expect((await loadProfile()).profile.householdSize).toBe(6)
    expect(store.status).toBe('saved')
  })

  it('tells the person when the disk is full and keeps what was saved before', async () => {
    const db = freshDb()
    const store = useProfileStore()
    await store.load()
    await store.update({ householdSize: 2 })
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' })
    const put = vi.spyOn(db.profile, 'put').mockRejectedValueOnce(quota)
    await store.update({ householdSize: 5 })
    expect(store.status).toBe('error')
    expect(useStorageStatusStore().failure).toEqual({ kind: 'quota' })
    put.mockRestore()
    expect((await loadProfile()).profile.householdSize).toBe(2)
  })
})
