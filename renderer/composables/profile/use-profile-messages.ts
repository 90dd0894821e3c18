import { useI18n } from 'vue-i18n'
import { profileLimits, type ProfileIssue } from '../../../shared/profile/profile'

const rangeOf: Record<string, { min: number; max: number }> = {
  householdSize: profileLimits.householdSize,
  'targets.fiberG': profileLimits.fiberG,
  'targets.energyKcal': profileLimits.energyKcal,
}

/** Turns a profile issue code for a field into a sentence in the current language. */
export function useProfileMessages() {
  const { t } = useI18n()
  function message(path: string, code: ProfileIssue['code'] | undefined): string | undefined {
    if (!code) return undefined
    const range = rangeOf[path]
    if (path === 'slots' && code === 'required') return t('profile.errors.slotsRequired')
    if ((code === 'range' || code === 'whole') && range) return t(`profile.errors.${code}`, range)
    if (code === 'required') return range ? t('profile.errors.range', range) : t('profile.errors.required')
    if (code === 'too-long') return t('profile.errors.tooLong', { max: profileLimits.avoidFoods.maxLength })
    if (code === 'too-many') return t('profile.errors.tooMany', { max: profileLimits.avoidFoods.maxItems })
    if (code === 'duplicate') return t('profile.errors.duplicate')
    return t('profile.errors.invalid')
  }
  /** A problem with a household member's name, energy, or with the list of members. */
  function memberMessage(field: 'name' | 'energy' | 'list', code: ProfileIssue['code'] | undefined): string | undefined {
    if (!code) return undefined
    if (field === 'energy') return message('targets.energyKcal', code)
    const { maxItems, nameMaxLength } = profileLimits.members
    if (field === 'list') return code === 'too-many' ? t('profile.members.errors.tooMany', { max: maxItems }) : message('members', code)
    if (code === 'required') return t('profile.members.errors.nameRequired')
    if (code === 'too-long') return t('profile.members.errors.nameTooLong', { max: nameMaxLength })
    if (code === 'duplicate') return t('profile.members.errors.nameTaken')
    return t('profile.errors.invalid')
  }
  return { message, memberMessage }
}
