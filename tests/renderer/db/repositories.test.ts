import { beforeEach, describe, expect, it } from 'vitest'
import { classifyStorageError, guardWrite, StorageError } from '../../../renderer/db/errors'
import { loadProfile, saveProfile } from '../../../renderer/db/profile'
import { loadSettings, requestPersistentStorage, saveSettings } from '../../../renderer/db/settings'
import { defaultProfile, type Profile } from '../../../shared/profile/profile'
import { freshDb } from './helpers'

describe('profile repository', () => {
  beforeEach(() => {
    freshDb()
  })

  it('gives the defaults before anything is stored', async () => {
    expect(await loadProfile()).toEqual({ profile: defaultProfile(), isStored: false, repaired: [] })
  })

  it('stores and reads back a profile', async () => {
    const profile: Profile = { ...defaultProfile(), intolerances: ['gluten', 'fructans'], diet: 'pescatarian', householdSize: 2 }
    await saveProfile(profile)
    expect(await loadProfile()).toEqual({ profile, isStored: true, repaired: [] })
  })

  it('refuses to store an invalid profile and keeps the stored one', async () => {
    await saveProfile({ ...defaultProfile(), householdSize: 2 })
    await expect(saveProfile({ ...defaultProfile(), householdSize: -1 })).rejects.toThrow(/householdSize/)
    expect((await loadProfile()).profile.householdSize).toBe(2)
  })

  it('repairs an unreadable stored field without losing the others', async () => {
    const db = freshDb()
    await db.profile.put({ id: 'me', profile: { ...defaultProfile(), diet: 'vegan', householdSize: -4 }, updatedAt: 'x' })
    const loaded = await loadProfile()
    expect(loaded.profile.diet).toBe('vegan')
    expect(loaded.profile.householdSize).toBe(1)
    expect(loaded.repaired).toEqual(['householdSize'])
  })
})

describe('settings repository', () => {
  beforeEach(() => {
    freshDb()
  })

  it('merges changes', async () => {
    expect(await loadSettings()).toEqual({ locale: null, healthNoticeSeenAt: null })
    await saveSettings({ locale: 'de' })
    await saveSettings({ healthNoticeSeenAt: '2026-11-21T00:00:00.000Z' })
    expect(await loadSettings()).toEqual({ locale: 'de', healthNoticeSeenAt: '2026-11-21T00:00:00.000Z' })
  })

  it('asks for persistent storage once and reports the answer', async () => {
    let asked = 0
    const storage = { persisted: async () => false, persist: async () => (++asked, true) } as unknown as StorageManager
    expect(await requestPersistentStorage(storage)).toBe(true)
    expect(asked).toBe(1)
    const already = { persisted: async () => true, persist: async () => (++asked, true) } as unknown as StorageManager
    expect(await requestPersistentStorage(already)).toBe(true)
    expect(asked).toBe(1)
    expect(await requestPersistentStorage(undefined)).toBe(false)
  })
})

describe('storage errors', () => {
  it('recognises a full disk however deeply Dexie wraps it', async () => {
    const quota = Object.assign(new Error('wrapped'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } })
    expect(classifyStorageError(quota)).toEqual({ kind: 'quota' })
    expect(classifyStorageError(new Error('disk on fire'))).toEqual({ kind: 'other', reason: 'disk on fire' })
    const error = await guardWrite(() => Promise.reject(quota)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).failure).toEqual({ kind: 'quota' })
  })
})
