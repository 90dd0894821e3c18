/**
 * The food rules against REFERENCE.md, table by table. Each row names the food (by catalogue id),
 * what REFERENCE says and where.
 */
import { describe, expect, it } from 'vitest'
import { findingOf, findingsOf } from './findings'

describe('headline cases', () => {
  it('salmon is high in omega-3 and an oily fish (EU116, SEAFISH)', () => {
    expect(findingOf('15076', 'omega-3')).toMatchObject({ level: 'high', certainty: 'is', source: ['EU116'] })
    expect(findingOf('15076', 'oily-fish')).toMatchObject({ level: 'epa-dha', matched: ['name:salmon'] })
  })

  it('wheat bread carries gluten and fructans (EU828; VAR17 M–H at 2 slices)', () => {
    expect(findingOf('18064', 'gluten')).toMatchObject({ level: 'contains', certainty: 'is', cereals: ['wheat'] })
    expect(findingOf('18064', 'fodmap', 'fructans')).toMatchObject({ level: 'high', certainty: 'may', numbers: { serveG: 49, lowUpToG: 24 } })
    expect(findingOf('18064', 'allergen', 'gluten-cereals')?.certainty).toBe('is')
  })

  it('cheddar is low in lactose while milk is high (FAC20, VAR17 1.0 g/serve; the higher value decides)', () => {
    expect(findingOf('01009', 'lactose')).toMatchObject({ level: 'low', numbers: { lactoseGPer100G: 0.5, lactoseGPerServe: 0.2 } })
    expect(findingOf('01077', 'lactose')).toMatchObject({ level: 'high', certainty: 'is', numbers: { lactoseGPer100G: 5.1, serveG: 250 } })
  })

  it('apple is high in excess fructose and sorbitol (VAR17, YAO14)', () => {
    expect(findingOf('09003', 'fodmap', 'excess-fructose')?.level).toBe('high')
    expect(findingOf('09003', 'fodmap', 'sorbitol')?.level).toBe('high')
    expect(findingOf('09003', 'fodmap', 'fructans')?.level).toBe('low')
  })

  it('garlic is high in fructans and prebiotic (MUIR07, VANLOO)', () => {
    expect(findingOf('11215', 'fodmap', 'fructans')).toMatchObject({ level: 'high', certainty: 'is', numbers: { serveG: 3 } })
    expect(findingOf('11215', 'prebiotic')).toMatchObject({ subject: 'inulin-fos', numbers: { approxMinGPer100G: 9, approxMaxGPer100G: 17.4 } })
  })

  it('sauerkraut is fermented; only the raw one keeps live cultures (MARCO-T1)', () => {
    expect(findingOf('11439', 'fermented')).toMatchObject({ level: 'none', certainty: 'is' })
    expect(findingOf('gp-sauerkraut-raw', 'fermented')).toMatchObject({ level: 'live', certainty: 'is', basis: 'curated' })
  })

  it('lentils are high fibre, high GOS, prebiotic, and one plant raw or boiled', () => {
    for (const id of ['16069', '16070']) {
      expect(findingOf(id, 'fiber')?.level).toBe('high')
      expect(findingOf(id, 'fodmap', 'gos')?.level).toBe('high')
      expect(findingOf(id, 'prebiotic')?.subject).toBe('gos')
    }
    expect(findingOf('16069', 'plant')?.subject).toBe('lentil')
    expect(findingOf('16070', 'plant')?.subject).toBe('lentil')
  })

  it('a fast-food burger is ultra-processed and high in saturates', () => {
    expect(findingOf('21089', 'ultra-processed')).toMatchObject({ certainty: 'is', basis: 'group', matched: ['group:21'] })
    expect(findingOf('21089', 'traffic-light', 'saturates')).toMatchObject({ level: 'high', numbers: { valueGPer100G: 5.245, highAboveGPer100G: 5 } })
  })
})

describe('FODMAPs (REFERENCE §2b)', () => {
  it.each([
    // [id, food, subgroup, level, certainty]
    ['11282', 'onion raw', 'fructans', 'high', 'is'],
    ['11283', 'onion boiled inherits onion', 'fructans', 'high', 'is'],
    ['11292', 'spring onion green tops', 'fructans', 'low', 'is'],
    ['11246', 'leek bulb', 'fructans', 'high', 'is'],
    ['11135', 'cauliflower', 'mannitol', 'high', 'is'],
    ['11260', 'button mushroom', 'mannitol', 'high', 'is'],
    ['11011', 'asparagus (?)', 'fructans', 'high', 'may'],
    ['11143', 'celery (?)', 'mannitol', 'high', 'may'],
    ['11098', 'Brussels sprouts (M–H ?)', 'fructans', 'high', 'may'],
    ['11080', 'beetroot', 'gos', 'moderate', 'is'],
    ['11609', 'pickled beetroot', 'fructans', 'low', 'is'],
    ['11090', 'broccoli (analyses vary ?)', 'sorbitol', 'low', 'may'],
    ['11477', 'zucchini at 75 g', 'fructans', 'moderate', 'is'],
    ['09037', 'avocado at 60 g (?)', 'sorbitol', 'high', 'may'],
    ['11124', 'carrot', 'fructans', 'low', 'is'],
    ['09252', 'pear', 'sorbitol', 'high', 'is'],
    ['09176', 'mango', 'excess-fructose', 'high', 'is'],
    ['09326', 'watermelon', 'mannitol', 'high', 'is'],
    ['09236', 'peach', 'sorbitol', 'high', 'is'],
    ['09291', 'prunes', 'sorbitol', 'high', 'is'],
    ['09200', 'orange', 'excess-fructose', 'low', 'is'],
    ['09316', 'strawberries at 150 g (?)', 'excess-fructose', 'moderate', 'may'],
    ['19296', 'honey', 'excess-fructose', 'high', 'is'],
    ['18060', 'rye bread', 'fructans', 'high', 'is'],
    ['20028', 'couscous', 'fructans', 'high', 'is'],
    ['20005', 'pearl barley (?)', 'fructans', 'moderate', 'may'],
    ['08120', 'oats', 'gos', 'low', 'is'],
    ['20036', 'brown rice', 'fructans', 'low', 'is'],
    ['16057', 'chickpeas boiled', 'gos', 'high', 'is'],
    ['16359', 'chickpeas canned and rinsed', 'gos', 'low', 'is'],
    ['gp-lentils-canned-rinsed', 'lentils canned and rinsed', 'gos', 'low', 'is'],
    ['16037', 'navy (haricot) beans', 'gos', 'high', 'is'],
    ['16126', 'firm tofu', 'gos', 'low', 'is'],
    ['16162', 'silken tofu', 'gos', 'high', 'is'],
    ['16114', 'tempeh', 'gos', 'low', 'is'],
    ['12087', 'cashews', 'gos', 'high', 'is'],
    ['12061', 'almonds', 'gos', 'low', 'is'],
    ['12155', 'walnuts', 'gos', 'low', 'is'],
    ['gp-sourdough-spelt', 'spelt sourdough', 'fructans', 'low', 'is'],
    ['gp-sourdough-wheat', 'wheat sourdough', 'fructans', 'low', 'is'],
    ['gp-gluten-free-bread', 'gluten-free bread (check inulin)', 'fructans', 'low', 'may'],
    ['gp-garlic-infused-oil', 'garlic-infused oil', 'fructans', 'low', 'is'],
    ['gp-kimchi', 'kimchi (?)', 'fructans', 'low', 'may'],
    ['gp-kombucha', 'kombucha at 180 ml (?)', 'fructans', 'low', 'may'],
    ['16112', 'miso (?)', 'gos', 'low', 'may'],
    ['11439', 'sauerkraut, white cabbage', 'mannitol', 'high', 'is'],
    ['11154', 'chicory root', 'fructans', 'high', 'is'],
    ['43060', 'sugar-free gum (sorbitol)', 'sorbitol', 'high', 'is'],
  ])('%s (%s): %s %s, %s', (id, _label, subgroup, level, certainty) => {
    expect(findingOf(id, 'fodmap', subgroup)).toMatchObject({ level, certainty })
  })

  it('rates every subgroup of a table food, and keeps the serve it rates', () => {
    const garlic = findingsOf('11215', 'fodmap')
    expect(garlic.map((f) => f.subject).sort()).toEqual(['excess-fructose', 'fructans', 'gos', 'mannitol', 'sorbitol'])
    expect(findingOf('09037', 'fodmap', 'sorbitol')?.numbers).toEqual({ serveG: 60, lowUpToG: 30 })
  })

  it('reads FODMAP-rich ingredients in composite names as "may"', () => {
    expect(findingOf('06094', 'fodmap', 'fructans')).toMatchObject({ level: 'high', certainty: 'may', matched: ['name:onion'] }) // Soup, onion, dry, mix
  })

  it('counts added inulin/FOS as high at any amount (MON-LBL)', () => {
    expect(findingOf('16152', 'fodmap', 'fructans')).toMatchObject({ level: 'high', certainty: 'is' }) // ENSURE FIBER WITH FOS
  })
})

// Where sources disagree, the higher value decides (REFERENCE §3): milk 5.1 (4.6–5.1), kefir 6.0
// (HENDEL 3.5–6.0), Greek yogurt 4 (commonly 3–4, above FAC20's 0.5).
describe('lactose per serve (REFERENCE §3)', () => {
  it.each([
    ['01077', 'whole milk 250 g', 'high', 12.75],
    ['gp-kefir', 'kefir 250 g', 'high', 15],
    ['01116', 'plain yogurt 150 g', 'high', 3.9],
    ['gp-greek-yogurt', 'Greek yogurt 170 g', 'high', 6.8],
    ['01036', 'ricotta 60 g', 'moderate', 2.1],
    ['01012', 'cottage cheese 110 g', 'high', 3.52],
    ['01033', 'parmesan 20 g', 'low', 0.002],
    ['01001', 'butter 10 g', 'low', 0.11],
    ['gp-lactose-free-milk', 'lactose-free milk 250 g', 'low', 0.25],
  ])('%s %s: %s (%s g)', (id, _label, level, gPerServe) => {
    expect(findingOf(id, 'lactose')).toMatchObject({ level, numbers: { lactoseGPerServe: gPerServe, lowBelowGPerServe: 1 } })
  })

  it('rates ice cream high without a lactose value (HENDEL)', () => {
    expect(findingOf('19095', 'lactose')).toMatchObject({ level: 'high', source: ['HENDEL', 'VAR17'] })
  })

  it('says "unknown" for dishes with milk and no lactose estimate', () => {
    expect(findingOf('21089', 'lactose')).toMatchObject({ level: 'unknown', certainty: 'may' })
    expect(findingOf('11090', 'lactose')).toBeUndefined()
  })
})

describe('gluten (REFERENCE §3)', () => {
  it.each([
    ['20140', 'spelt'],
    ['20012', 'bulgur'],
    ['20028', 'couscous'],
    ['20066', 'semolina'],
    ['20062', 'rye'],
    ['20005', 'pearl barley'],
    ['20076', 'durum wheat'],
    ['20069', 'triticale'],
    ['14003', 'beer (barley malt)'],
    ['18069', 'white bread'],
    ['20120', 'pasta'],
    ['18228', 'crackers'],
    ['18160', 'cookies'],
    ['21224', 'pizza'],
    ['18364', 'flour tortilla'],
  ])('%s (%s) contains gluten', (id) => {
    expect(findingOf(id, 'gluten')).toMatchObject({ level: 'contains', certainty: 'is' })
    expect(findingOf(id, 'gluten-free-safe')).toBeUndefined()
  })

  it('oats "may" contain gluten but are an Annex II cereal; gluten-free oats are safe', () => {
    expect(findingOf('08120', 'gluten')).toMatchObject({ certainty: 'may', cereals: ['oats'] })
    expect(findingOf('08120', 'allergen', 'gluten-cereals')?.certainty).toBe('is')
    expect(findingOf('gp-gluten-free-oats', 'gluten')).toBeUndefined()
    expect(findingOf('gp-gluten-free-oats', 'gluten-free-safe')).toMatchObject({ level: 'labelled', numbers: { glutenMaxMgPerKg: 20 } })
    expect(findingOf('gp-gluten-free-oats', 'allergen', 'gluten-cereals')?.certainty).toBe('is')
  })

  it('spelt sourdough is low-FODMAP but not gluten-free (MON-SD)', () => {
    expect(findingOf('gp-sourdough-spelt', 'gluten')?.certainty).toBe('is')
  })

  it.each([
    ['20036', 'brown rice'],
    ['20035', 'quinoa'],
    ['20009', 'buckwheat groats'],
    ['11362', 'potato skin'],
    ['15076', 'salmon'],
    ['01123', 'egg'],
    ['16069', 'lentils'],
    ['09003', 'apple'],
    ['gp-gluten-free-bread', 'labelled gluten-free bread'],
  ])('%s (%s) is gluten-free safe', (id) => {
    expect(findingOf(id, 'gluten-free-safe')).toBeDefined()
    expect(findingOf(id, 'gluten')).toBeUndefined()
  })

  it('does not call coated or mixed foods gluten-free safe', () => {
    expect(findingOf('11406', 'gluten-free-safe')).toBeUndefined() // frozen french fries
    expect(findingOf('20054', 'gluten-free-safe')).toBeDefined() // glutinous rice has no gluten
  })
})

describe('fibre and omega-3 thresholds (EU1924, EU116)', () => {
  it('flags walnuts, flax and canola oil as omega-3 sources from ALA', () => {
    for (const id of ['12155', '12220', '04582']) expect(findingOf(id, 'omega-3')).toMatchObject({ level: 'high', certainty: 'is' })
  })

  it('does not flag olive oil (too little per 100 kcal)', () => {
    expect(findingOf('04053', 'omega-3')).toBeUndefined()
  })

  it.each([
    ['15046', 'mackerel'],
    ['15088', 'sardines'],
    ['15039', 'herring'],
    ['15115', 'trout'],
    ['15001', 'anchovy'],
  ])('%s (%s) is an oily fish', (id) => {
    expect(findingOf(id, 'oily-fish')).toBeDefined()
  })

  it('does not call cod, fish oil or shellfish oily fish', () => {
    for (const id of ['15015', '04591', '15149']) expect(findingOf(id, 'oily-fish')).toBeUndefined()
  })
})

describe('fermented and prebiotic (REFERENCE §4)', () => {
  it.each([
    ['gp-kefir', 'live', 'is'],
    ['01116', 'live', 'is'],
    ['16112', 'live', 'is'],
    ['16113', 'live', 'is'],
    ['gp-kimchi', 'live', 'is'],
    ['gp-kombucha', 'live', 'may'],
    ['16114', 'reduced', 'may'],
    ['gp-sourdough-wheat', 'none', 'is'],
    ['16123', 'none', 'is'],
  ])('%s: live cultures %s (%s)', (id, level, certainty) => {
    expect(findingOf(id, 'fermented')).toMatchObject({ level, certainty })
  })

  it('does not call ricotta, vinegar-brined pickles or soy sauce from hydrolysed protein fermented', () => {
    for (const id of ['01036', '11937', '16125']) expect(findingOf(id, 'fermented')).toBeUndefined()
  })

  it.each([
    ['11154', 'inulin-fos'],
    ['11226', 'inulin-fos'],
    ['11207', 'inulin-fos'],
    ['08120', 'beta-glucan'],
    ['20005', 'beta-glucan'],
    ['gp-green-banana-flour', 'resistant-starch'],
    ['16057', 'gos'],
  ])('%s is prebiotic (%s)', (id, kind) => {
    expect(findingsOf(id, 'prebiotic').map((f) => f.subject)).toContain(kind)
  })
})

describe('plants for 30 a week (REFERENCE §6)', () => {
  it('gives variants of one plant one key', () => {
    expect(findingOf('11282', 'plant')?.subject).toBe('onion')
    expect(findingOf('11283', 'plant')?.subject).toBe('onion')
    expect(findingOf('09003', 'plant')?.subject).toBe('apple')
    expect(findingOf('09019', 'plant')?.subject).toBe('apple') // applesauce
    expect(findingOf('09298', 'plant')?.subject).toBe('grape') // raisins
    expect(findingOf('16057', 'plant')?.subject).toBe('chickpea')
    expect(findingOf('16426', 'plant')?.subject).toBe('soy') // tofu counts as soy
  })

  it('counts herbs, spices, tea, coffee and olive oil a quarter', () => {
    expect(findingOf('02044', 'plant')).toMatchObject({ subject: 'basil', level: 'quarter', numbers: { points: 0.25 } })
    expect(findingOf('14355', 'plant')).toMatchObject({ subject: 'tea', numbers: { points: 0.25 } })
    expect(findingOf('14209', 'plant')).toMatchObject({ subject: 'coffee', numbers: { points: 0.25 } })
    expect(findingOf('04053', 'plant')).toMatchObject({ subject: 'olive', numbers: { points: 0.25 } })
  })

  it('does not count juices, refined grains or processed plant products', () => {
    for (const id of ['09016', '20044', '11408', '11935', '16548']) expect(findingOf(id, 'plant')).toBeUndefined()
  })

  it('counts mushrooms with "may" (INKL open decision)', () => {
    expect(findingOf('11260', 'plant')).toMatchObject({ subject: 'mushroom', certainty: 'may' })
  })
})

describe('foods to limit (REFERENCE §1b, §1c, §6)', () => {
  it('computes salt from sodium (FSS)', () => {
    expect(findingOf('11439', 'traffic-light', 'salt')?.numbers).toMatchObject({ valueGPer100G: 1.653, sodiumMgPer100G: 661 })
  })

  it('uses the unchecked drink bands as "may"', () => {
    expect(findingOf('14130', 'traffic-light', 'sugars')).toMatchObject({ certainty: 'may', numbers: { valueGPer100Ml: 13.3, highAboveGPer100Ml: 11.25 } }) // cream soda
    expect(findingOf('14400', 'traffic-light', 'sugars')).toBeUndefined() // cola: 9 g/100 ml is amber
  })

  it('flags trans fat in shortening with its share of fat (WHO-HD, EU649)', () => {
    expect(findingOf('04615', 'trans-fat')).toMatchObject({ level: 'high', source: ['WHO-HD', 'EU649'] })
  })

  it('marks name heuristics for ultra-processing as "may"', () => {
    expect(findingOf('07022', 'ultra-processed')).toMatchObject({ certainty: 'may' }) // frankfurter
    expect(findingOf('14400', 'ultra-processed')).toMatchObject({ certainty: 'may' }) // cola
    expect(findingOf('09003', 'ultra-processed')).toBeUndefined()
    expect(findingOf('16069', 'ultra-processed')).toBeUndefined()
  })
})

describe('allergens (REFERENCE §5)', () => {
  it.each([
    ['15149', 'crustaceans'],
    ['15164', 'molluscs'],
    ['12061', 'tree-nuts'],
    ['16090', 'peanuts'],
    ['16426', 'soybeans'],
    ['12166', 'sesame'],
    ['02046', 'mustard'],
    ['11143', 'celery'],
    ['16076', 'lupin'],
    ['09032', 'sulphites'],
    ['01123', 'eggs'],
    ['01009', 'milk'],
    ['15076', 'fish'],
  ])('%s contains %s', (id, allergen) => {
    expect(findingOf(id, 'allergen', allergen)).toMatchObject({ certainty: 'is', source: ['1169-II', 'FARRP'] })
  })

  it('does not mistake look-alike words', () => {
    expect(findingOf('11209', 'allergen', 'eggs')).toBeUndefined() // eggplant
    expect(findingOf('16098', 'allergen', 'milk')).toBeUndefined() // peanut butter
    expect(findingOf('12104', 'allergen', 'tree-nuts')).toBeUndefined() // coconut
    expect(findingOf('12118', 'allergen', 'milk')).toBeUndefined() // coconut milk
    expect(findingOf('11987', 'allergen', 'molluscs')).toBeUndefined() // oyster mushroom
  })

  it('marks sulphites in unlabelled dried fruit as "may"', () => {
    expect(findingOf('09291', 'allergen', 'sulphites')?.certainty).toBe('may') // prunes, dried
  })
})

describe('diets', () => {
  const fits = (id: string, diet: string) => findingOf(id, 'diet', diet)
  it('reads meat, fish, dairy, eggs and honey', () => {
    expect(fits('13047', 'vegetarian')).toMatchObject({ level: 'excluded', certainty: 'is', origins: ['meat'] })
    expect(fits('15076', 'pescatarian')?.level).toBe('fits')
    expect(fits('15076', 'vegetarian')?.level).toBe('excluded')
    expect(fits('01009', 'vegetarian')?.level).toBe('fits')
    expect(fits('01009', 'vegan')).toMatchObject({ level: 'excluded', origins: ['dairy'] })
    expect(fits('19296', 'vegan')).toMatchObject({ level: 'excluded', origins: ['honey'] })
    expect(fits('16069', 'vegan')).toMatchObject({ level: 'fits', certainty: 'is' })
    expect(fits('23000', 'vegetarian')?.level).toBe('excluded') // a beef cut numbered 23xxx
  })

  it('keeps meat-free analogues vegetarian', () => {
    expect(fits('43128', 'vegetarian')?.level).toBe('fits') // Chicken, meatless
  })

  it('is unsure about mixed dishes it sees no animal in', () => {
    expect(fits('06159', 'vegan')?.certainty).toBe('may') // a canned soup
  })
})
