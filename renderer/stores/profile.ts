import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { MemberEdit } from '../../shared/profile/member-edits'
import { defaultProfile, validateProfile, type Profile, type ProfileIssue } from '../../shared/profile/profile'
import { loadProfile, saveProfile } from '../db/profile'
import { createSaveQueue } from '../db/save-queue'
import { useStorageStatusStore } from './storage-status'

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'invalid' | 'error'

/** A change to some fields of the profile; targets may be changed one at a time. */
export type ProfilePatch = Partial<Omit<Profile, 'targets'>> & { targets?: Partial<Profile['targets']> }

/** The person's profile: loaded from storage, saved on every valid change. */
export const useProfileStore = defineStore('profile', () => {
  const profile = ref<Profile>(defaultProfile())
  const isLoaded = ref(false)
  const status = ref<SaveStatus>('idle')
  /** Field problems by dotted path ("householdSize", "targets.fiberG"); those fields were not saved. */
  const issues = ref<Record<string, ProfileIssue['code']>>({})
  const storage = useStorageStatusStore()
  // Saves run one after another so the last edit is the one that stays.
  const saves = createSaveQueue((error) => {
    status.value = 'error'
    storage.report(error)
  })
  let latestEdit = 0

  async function load(): Promise<void> {
    const loaded = await loadProfile()
    profile.value = loaded.profile
    isLoaded.value = true
  }

  function patchPaths(patch: ProfilePatch): string[] {
    return Object.entries(patch).flatMap(([key, value]) =>
      key === 'targets' && value ? Object.keys(value).map((t) => `targets.${t}`) : [key],
    )
  }

  /**
   * Applies a change. Invalid fields are reported and left as they were stored;
   * returns the issues, empty when the change was saved.
   */
  function update(patch: ProfilePatch): Promise<ProfileIssue[]> {
    const paths = patchPaths(patch)
    const candidate: Profile = { ...profile.value, ...patch, targets: { ...profile.value.targets, ...patch.targets } }
    const result = validateProfile(candidate)
    const nextIssues = { ...issues.value }
    for (const path of paths) delete nextIssues[path]
    if (!result.ok) {
      const relevant = result.issues.filter((i) => paths.some((p) => i.path === p || i.path.startsWith(`${p}.`)))
      for (const issue of relevant) nextIssues[paths.find((p) => issue.path.startsWith(p)) ?? issue.path] = issue.code
      issues.value = nextIssues
      status.value = 'invalid'
      return Promise.resolve(result.issues)
    }
    issues.value = nextIssues
    profile.value = result.profile
    status.value = 'saving'
    const saved = result.profile
    const edit = ++latestEdit
    return saves
      .run(async () => {
        await saveProfile(saved)
        // Only the newest edit reports its outcome; older saves were overtaken.
        if (edit === latestEdit) status.value = Object.keys(issues.value).length ? 'invalid' : 'saved'
      })
      .then(() => [])
  }

  /**
   * Applies an edit of the people at the table (shared/profile/member-edits): a refused one is
   * reported at its field, an accepted one saved with the household size that follows it.
   */
  function editMembers(edit: MemberEdit): Promise<ProfileIssue[]> {
    const others = Object.fromEntries(Object.entries(issues.value).filter(([path]) => path !== 'members' && !path.startsWith('members.')))
    if (!edit.ok) {
      issues.value = { ...others, [edit.issue.path]: edit.issue.code }
      status.value = 'invalid'
      return Promise.resolve([edit.issue])
    }
    issues.value = others
    return update({ members: edit.profile.members ?? [], householdSize: edit.profile.householdSize })
  }

  return { profile, isLoaded, status, issues, load, update, editMembers, settled: () => saves.settled() }
})
