/** Reading a profile file for the command line: the same shape the app stores (see README). */
import { readFileSync } from 'node:fs'
import { validateProfile, type Profile } from '../../shared/profile/profile'
import { UsageError } from './context'

/** Reads and validates a profile file; a bad one throws a UsageError naming every bad field. */
export function readProfile(path: string): Profile {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (error) {
    throw new UsageError(`cannot read profile ${path}: ${(error as Error).message}`)
  }
  const result = validateProfile(value)
  if (!result.ok) throw new UsageError(`invalid profile ${path}: ${result.issues.map((i) => `${i.path || '(root)'} ${i.code}`).join(', ')}`)
  return result.profile
}
