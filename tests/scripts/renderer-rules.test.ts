/**
 * The renderer shows what shared/ decides: no component, composable, store or page tests a
 * finding's rule, a level's cut-off, a limit by name or a threshold, and none reaches into the
 * planner's or the food rules' internals.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { domainHits, type DomainHit } from './domain-scan'

const root = fileURLToPath(new URL('../../renderer/', import.meta.url))
const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.(ts|vue)$/.test(f) && !f.startsWith('i18n'))

describe('the scanner', () => {
  it.each<[string, DomainHit['rule']]>([
    ["const good = findings.filter((f) => f.rule === 'fiber')", 'classification'],
    ["if ('gluten' !== finding.rule) return", 'classification'],
    ["const warn = f.kind === 'limit'", 'classification'],
    ["const counts = f.level !== 'low'", 'level-threshold'],
    ["if ('moderate' === finding.level) return", 'level-threshold'],
    ["const coeliac = profile.intolerances.includes('gluten')", 'profile-name'],
    ["const bad = subject === 'fructans'", 'profile-name'],
    ["const nuts = tags.has(\"tree-nuts\")", 'profile-name'],
    ["if (tag === 'low-fodmap') show()", 'profile-name'],
    ["const met = score.satisfaction >= 1 - 1e-9", 'number-threshold'],
    ["if (Math.abs(delta) >= 0.005) out.push(id)", 'number-threshold'],
    ['<span v-if="plant.points < 1">', 'number-threshold'],
    ["const many = target.achieved > 30", 'number-threshold'],
    ["import { scoreParams } from '../../../shared/planner/params'", 'planner-internals'],
    ["import { ScoreState } from '../../shared/planner/score'", 'planner-internals'],
    ["import { fodmapRule } from '../../../shared/food/rules/fodmap'", 'rule-internals'],
  ])('finds %s', (source, rule) => {
    expect(domainHits(source).map((h) => h.rule)).toContain(rule)
  })

  it.each([
    "import type { Finding } from '../../../shared/food/rules/types'",
    "import type { PlanResult } from '../../../shared/planner/types'",
    "const quantity = item.kind === 'food' ? format(item) : ''",
    "if (props.fiber.goal > 0) draw()",
    "const label = t('profile.intolerances.gluten')",
    "set('lactose', level)",
    '// f.rule === \'fiber\' in a comment says nothing',
    "/* f.level !== 'low' */ const x = 1",
    "const size = Math.abs(value) >= 100 ? 0 : 1",
  ])('passes %s', (source) => {
    expect(domainHits(source)).toEqual([])
  })

  it('reports the line of a hit in a longer file', () => {
    const hits = domainHits(['<script setup lang="ts">', '// a comment', "const x = f.rule === 'plant'", '</script>'].join('\n'))
    expect(hits).toEqual([{ rule: 'classification', line: 3, text: "const x = f.rule === 'plant'" }])
  })
})

describe('renderer code', () => {
  it('reads some files', () => {
    expect(files.length).toBeGreaterThan(50)
    expect(files).toContain('components/plan/PlanMealCard.vue')
  })

  it.each(files)('%s holds no food or planner rule', (file) => {
    const hits = domainHits(readFileSync(root + file, 'utf8')).map((h) => `${h.line} [${h.rule}] ${h.text}`)
    expect(hits).toEqual([])
  })
})
