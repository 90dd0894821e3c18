/** FindingList, FindingBadge and ConflictBanner: reasons with the rule's numbers, sources by full name, conflicts. */
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { assessFindings, assessFood } from '../../../shared/food/assess'
import { loadCatalogue } from '../../../shared/food/catalogue'
import catalogueFile from '../../../shared/food/data/catalogue.json'
import type { Finding } from '../../../shared/food/rules/types'
import { sourceKeys } from '../../../shared/food/sources'
import { defaultProfile, type Profile } from '../../../shared/profile/profile'
import ConflictBanner from '../../../renderer/components/findings/ConflictBanner.vue'
import FindingList from '../../../renderer/components/findings/FindingList.vue'
import { useFindingText } from '../../../renderer/composables/findings/use-findings'
import type { Locale } from '../../../renderer/i18n'
import { mountWithApp } from './helpers'

// Loaded as the app loads it (a bundled JSON module), not from disk: this runs in happy-dom.
const catalogue = loadCatalogue(catalogueFile)
function foodById(id: string) {
  const food = catalogue.byId.get(id)
  if (!food) throw new Error(`food ${id} is not in the catalogue`)
  return food
}

function mountList(ids: string[], locale: Locale = 'en') {
  const findings = ids.flatMap((id) => assessFindings(foodById(id)).map((finding) => ({ finding })))
  const Wrapper = defineComponent(() => () => h(FindingList, { findings }))
  return mountWithApp(Wrapper, { locale }).wrapper
}

/** The text of the list item whose badge says `label`. */
function item(wrapper: ReturnType<typeof mountList>, label: string): string {
  const found = wrapper.findAll('[data-testid="finding"]').find((li) => li.find('.finding-badge').text() === label)
  if (!found) throw new Error(`no finding labelled “${label}” in: ${wrapper.findAll('.finding-badge').map((b) => b.text()).join(' | ')}`)
  return found.text()
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('FindingList', () => {
  it('explains kefir: live cultures, high lactose with its numbers, milk, and the other FODMAPs low in one line', () => {
    const wrapper = mountList(['gp-kefir'])
    expect(item(wrapper, 'Fermented (live cultures)')).toContain('Foods of this kind usually still carry live microbes when eaten')
    expect(item(wrapper, 'Lactose: high')).toContain('About 15 g in a typical serve of 250 g (low below 1 g, high from 3 g)')
    // Lactose is a FODMAP: with it high, kefir is never called "low FODMAP".
    expect(wrapper.text()).not.toContain('Low FODMAP')
    expect(item(wrapper, 'Other FODMAPs low')).toMatch(/Fructans.*low at a typical serve of 100 g/)
    expect(item(wrapper, 'Contains milk')).toContain('from its food group')
    expect(item(wrapper, 'Not vegan')).toContain('Contains dairy')
    const fac = wrapper.findAll('abbr').find((a) => a.text() === 'FAC20')
    expect(fac?.attributes('title')).toBe('Facioni et al., J Transl Med 2020;18:260, Table 1')
    expect(wrapper.find('details').text()).toContain('MARCO-T1')
  })

  it('explains salmon: high omega-3 against the EU thresholds, and an oily fish', () => {
    const wrapper = mountList(['15076'])
    expect(item(wrapper, 'High in omega-3')).toContain(
      '2.02 g total omega-3 per 100 g and 1.42 g per 100 kcal (rule: ≥ 0.08 g per 100 g and ≥ 0.08 g per 100 kcal)',
    )
    expect(item(wrapper, 'Oily fish')).toContain('EPA and DHA; 2.02 g total omega-3 per 100 g')
    expect(item(wrapper, 'Oily fish')).toContain('Sources: AHA, SEAFISH, EU116')
  })

  it('explains wheat bread: fibre source, gluten from wheat, fructans at a typical serve', () => {
    const wrapper = mountList(['18064'])
    expect(item(wrapper, 'Source of fibre')).toContain('4.2 g per 100 g (rule: ≥ 3 g per 100 g or ≥ 1.5 g per 100 kcal)')
    expect(item(wrapper, 'Contains gluten')).toMatch(/^Contains gluten\s*wheat/)
    expect(item(wrapper, 'Fructans: may be high')).toContain('At a typical serve of 49 g; low up to 24 g')
    expect(item(wrapper, 'May be ultra-processed')).toContain('NOVA group 4')
  })

  it('words limits with the UK traffic light and trans fat numbers, and oats as "may contain gluten"', () => {
    const butter = mountList(['01001'])
    expect(item(butter, 'High in saturates')).toContain('51.4 g per 100 g (UK traffic light: red above 5 g)')
    expect(item(butter, 'High in salt')).toContain('1.79 g salt per 100 g, from 714 mg sodium (UK traffic light: red above 1.5 g)')
    expect(item(butter, 'High in trans fat')).toContain('3.28 g per 100 g (flagged above 0.5 g); 4.12 % of energy (WHO: below 1 %)')
    expect(item(butter, 'Lactose: low')).toContain('About 0.11 g in a typical serve of 10 g')
    const oats = mountList(['08120'])
    expect(item(oats, 'May contain gluten')).toContain('oats (unless labelled gluten-free)')
    expect(item(oats, 'Prebiotic: beta-glucan')).toContain('About 5 g per 100 g')
  })

  it('shows recipe findings with their ingredients and per-serving numbers', () => {
    const finding: Finding = {
      rule: 'lactose',
      kind: 'restriction',
      level: 'low',
      certainty: 'is',
      numbers: { lactoseGPerServing: 0.2, lowBelowGPerServe: 1, highFromGPerServe: 3 },
      source: ['FAC20', 'VAR17'],
      basis: 'name',
      matched: ['name:cheddar'],
    }
    const Wrapper = defineComponent(() => () => h(FindingList, { findings: [{ finding, foodIds: ['01009'] }], foodName: (id: string) => foodById(id).name }))
    const text = mountWithApp(Wrapper).wrapper.text()
    expect(text).toContain('Lactose: low')
    expect(text).toContain('About 0.2 g per serving (low below 1 g)')
    expect(text).toContain('From: Cheese, cheddar')
  })

  it('says what the person declared about their own food', () => {
    const food = { ...foodById('01077'), id: 'own-1', name: 'Farm milk', declared: { lactose: 'none' as const, containsGluten: true } }
    const Wrapper = defineComponent(() => () => h(FindingList, { findings: assessFindings(food).map((finding) => ({ finding })) }))
    const wrapper = mountWithApp(Wrapper).wrapper
    expect(item(wrapper, 'Lactose: low')).toContain('You declared it free of lactose when you added the food.')
    expect(item(wrapper, 'Contains gluten')).toContain('You declared this when you added the food.')
  })

  it('speaks German, with German number formatting', () => {
    const wrapper = mountList(['gp-kefir', '18064'], 'de')
    expect(item(wrapper, 'Fermentiert (lebende Kulturen)')).toBeTruthy()
    expect(item(wrapper, 'Laktose: hoch')).toContain('Etwa 15 g in einer üblichen Portion von 250 g (niedrig unter 1 g, hoch ab 3 g)')
    expect(item(wrapper, 'Enthält Gluten')).toContain('Weizen')
    expect(item(wrapper, 'Ballaststoffquelle')).toContain('4,2 g pro 100 g (Regel: ≥ 3 g pro 100 g oder ≥ 1,5 g pro 100 kcal)')
    expect(wrapper.text()).not.toMatch(/Sources|Contains|per 100 g/)
  })

  it('has a label and a complete reason for every kind of finding in the catalogue, in both languages', { timeout: 30_000 }, () => {
    // One finding of each shape (rule, level, certainty, subject, which numbers): wording depends on nothing else.
    const shapes = new Map<string, Finding>()
    for (const food of catalogue.foods) {
      for (const f of assessFindings(food)) {
        const { numbers, source: _source, matched, ...rest } = f
        const key = JSON.stringify({ ...rest, numbers: Object.keys(numbers).sort(), matched: matched.map((m) => m.split(':')[0]) })
        if (!shapes.has(key)) shapes.set(key, f)
      }
    }
    const Probe = defineComponent({ setup: () => useFindingText(), render: () => null })
    for (const locale of ['en', 'de'] as const) {
      const text = mountWithApp(Probe, { locale }).wrapper.vm
      const problems: string[] = []
      for (const f of shapes.values()) {
        const label = text.label(f)
        const reason = text.reason(f)
        if (!label || !reason || /findings\.|undefined|NaN|\{/.test(label + reason)) problems.push(`${f.rule} ${f.level}: ${label} / ${reason}`)
      }
      expect(problems).toEqual([])
      for (const key of sourceKeys) expect(text.sourceName(key), key).not.toMatch(/^findings\./)
    }
  })
})

describe('ConflictBanner', () => {
  const conflictsOf = (id: string, p: Partial<Profile>) => (assessFood(foodById(id), { ...defaultProfile(), ...p }).conflicts ?? []).map((conflict) => ({ conflict }))

  it('alerts when kefir meets a lactose-intolerant profile', () => {
    const conflicts = conflictsOf('gp-kefir', { intolerances: ['lactose'], allergens: ['milk'], diet: 'vegan', avoidFoods: [{ type: 'text', text: 'kefir' }] })
    const Wrapper = defineComponent(() => () => h(ConflictBanner, { conflicts }))
    const banner = mountWithApp(Wrapper).wrapper.get('[role="alert"]')
    expect(banner.text()).toContain('Conflicts with your profile')
    expect(banner.text()).toContain('High in lactose (you marked lactose intolerance)')
    expect(banner.text()).toContain('Contains milk (you marked this allergen)')
    expect(banner.text()).toContain('Not vegan (your diet is vegan)')
    expect(banner.text()).toContain('On your list of foods to avoid: kefir')
  })

  it('names the ingredients behind a recipe conflict, and says "may" when unsure, in German too', () => {
    const conflicts = conflictsOf('08120', { intolerances: ['gluten'] }).map((c) => ({ ...c, foodIds: ['08120'] }))
    const Wrapper = defineComponent(() => () => h(ConflictBanner, { conflicts, foodName: (id: string) => foodById(id).name }))
    expect(mountWithApp(Wrapper).wrapper.text()).toContain('May contain gluten (you marked gluten intolerance) — in Cereals, oats')
    expect(mountWithApp(Wrapper, { locale: 'de' }).wrapper.text()).toContain('Kann Gluten enthalten (du hast Glutenunverträglichkeit angegeben)')
  })

  it('renders nothing without conflicts', () => {
    const Wrapper = defineComponent(() => () => h(ConflictBanner, { conflicts: conflictsOf('gp-kefir', {}) }))
    expect(mountWithApp(Wrapper).wrapper.find('[role="alert"]').exists()).toBe(false)
  })
})
