/**
 * Foods a gut-friendly week needs that USDA SR24 lacks. Ids start with `gp-` so they never
 * clash with NDB numbers.
 *
 * Checked against SR24 before adding: miso (16112), natto (16113), tempeh (16114, 16174),
 * chia (12006), flaxseed (12220), chickpeas canned and rinsed (16359), spring-onion tops (11292),
 * chives (11156), Jerusalem artichoke (11226) and chicory root (11154) are in SR24, so they are
 * not repeated here. SR24 has canned (pasteurised) sauerkraut only, no kefir, kimchi, kombucha,
 * Greek yogurt, lactose-free dairy, gluten-free bread, oats or tamari, green-banana flour, canned lentils,
 * garlic-infused oil, or long-fermented sourdough (18029 "french or vienna (includes sourdough)"
 * is a yeast bread that merely includes sourdough styles).
 *
 * Values are per 100 g. `provenance.basis` says how far to trust them: 'derived' values are
 * computed from named SR24 entries, 'representative' values are typical of the product category
 * in the named source and vary by brand.
 */
import type { FoodGroupCode } from './groups'
import type { Food, Measure, Nutrients, Provenance } from './types'

type NutrientTuple = [
  energyKcal: number | null,
  proteinG: number | null,
  carbsG: number | null,
  fiberG: number | null,
  sugarsG: number | null,
  fatG: number | null,
  saturatedG: number | null,
  transG: number | null,
  omega3G: number | null,
  sodiumMg: number | null,
]

function nutrients(values: NutrientTuple): Nutrients {
  const [energyKcal, proteinG, carbsG, fiberG, sugarsG, fatG, saturatedG, transG, omega3G, sodiumMg] = values
  return { energyKcal, proteinG, carbsG, fiberG, sugarsG, fatG, saturatedG, transG, omega3G, sodiumMg }
}

function curated(
  id: `gp-${string}`,
  name: string,
  group: FoodGroupCode,
  values: NutrientTuple,
  measures: Measure[],
  provenance: Provenance,
): Food {
  return { id, name, group, nutrients: nutrients(values), measures, provenance }
}

/** Kimchi as SR Legacy reproduces it; the vegan kind differs only in its seasonings, which add little. */
const kimchiNutrients: NutrientTuple = [15, 1.1, 2.4, 1.6, 1.06, 0.5, 0.07, null, null, 498]
const kimchiMeasures: readonly Measure[] = [
  { amount: 0.5, name: 'cup', grams: 75 },
  { amount: 1, name: 'cup', grams: 150 },
]

const SR24 = 'USDA National Nutrient Database for Standard Reference, release 24 (public domain)'

/** The curated foods, in a stable order. */
export const curatedFoods: readonly Food[] = [
  curated(
    'gp-kefir',
    'Kefir, plain, whole milk',
    '01',
    [61, 3.15, 4.8, 0, 3.75, 3.25, 1.865, null, 0.075, 43],
    [
      { amount: 1, name: 'cup', grams: 244 },
      { amount: 1, name: 'tbsp', grams: 15 },
    ],
    {
      kind: 'dairy',
      source: `${SR24}, entry 01077 (milk, whole, 3.25%); lactose of cultured milk from Facioni et al. 2020 (REFERENCE FAC20)`,
      basis: 'derived',
      note: 'Kefir keeps the protein, fat and minerals of the milk it is made from; fermentation turns part of the lactose into lactic acid. Values are SR24 whole milk with total sugars set to the FAC20 lactose of cultured fermented milk (3.75 g/100 g). Commercial kefirs range 3.5–6 g lactose/100 g (HENDEL).',
    },
  ),
  curated(
    'gp-greek-yogurt',
    'Yogurt, Greek, plain, whole milk',
    '01',
    [97, 9, 3.98, 0, 4, 5, 3.2, null, null, 35],
    [
      { amount: 1, name: 'container (170 g)', grams: 170 },
      { amount: 1, name: 'tbsp', grams: 18 },
    ],
    {
      kind: 'dairy',
      source: "USDA FoodData Central, SR Legacy 'Yogurt, Greek, plain, whole milk' (public domain), as commonly reproduced",
      basis: 'representative',
      note: 'Energy, protein, carbohydrate, sugars, fat and sodium as reproduced from the SR Legacy entry (not re-checked against the original here). Saturates are estimated with the saturated share of milk fat in SR24 yogurt 01116 (64.5%). Greek yogurts vary in fat (0–10%).',
    },
  ),
  curated(
    'gp-kimchi',
    'Kimchi, napa cabbage',
    '11',
    kimchiNutrients,
    [...kimchiMeasures],
    {
      kind: 'composite',
      source: "USDA FoodData Central, SR Legacy 'Cabbage, kimchi' (public domain), as commonly reproduced",
      basis: 'representative',
      note: 'Typical napa-cabbage kimchi. Values as reproduced from the SR Legacy entry (not re-checked against the original here); saturates estimated. Sodium varies widely by brand (about 300–750 mg/100 g). Recipes differ in garlic and onion, which matters for FODMAPs (REFERENCE §2b).',
    },
  ),
  curated(
    'gp-kimchi-vegan',
    'Kimchi, napa cabbage, vegan (labelled)',
    '11',
    kimchiNutrients,
    [...kimchiMeasures],
    {
      kind: 'plant',
      source: "USDA FoodData Central, SR Legacy 'Cabbage, kimchi' (public domain), as commonly reproduced; KIMCHI (REFERENCE §4)",
      basis: 'representative',
      note: 'Kimchi made and labelled vegan, without fish sauce or salted shrimp: seasoned with salt, chilli, garlic, ginger and spring onion instead of fish sauce and salted shrimp (REFERENCE §4 says vegan kimchi exists and is labelled as such). Nutrients as for gp-kimchi; the fish and shrimp seasonings add little to them.',
    },
  ),
  curated(
    'gp-kombucha',
    'Kombucha, unflavored',
    '14',
    [13, 0, 3.3, 0, 3, 0, 0, null, null, 4],
    [
      { amount: 1, name: 'cup (240 ml)', grams: 240 },
      { amount: 1, name: 'bottle (330 ml)', grams: 330 },
    ],
    {
      kind: 'plant',
      source: 'Label values of unflavoured commercial kombucha as listed among USDA FoodData Central branded foods (about 29–34 kcal and 4–8 g sugars per 240 ml)',
      basis: 'representative',
      note: 'Residual sugar depends on fermentation time and brand (about 2–8 g/100 ml); flavoured kombuchas with juice carry more. Density taken as 1 g/ml.',
    },
  ),
  curated(
    'gp-sauerkraut-raw',
    'Sauerkraut, raw, unpasteurized (live cultures)',
    '11',
    [19, 0.91, 4.28, 2.9, 1.78, 0.14, 0.034, null, 0.033, 661],
    [
      { amount: 0.5, name: 'cup', grams: 71 },
      { amount: 1, name: 'cup', grams: 142 },
    ],
    {
      kind: 'plant',
      source: `${SR24}, entry 11439 (sauerkraut, canned, solids and liquids)`,
      basis: 'derived',
      note: 'Raw (refrigerated, unpasteurised) sauerkraut has the composition of canned sauerkraut; only heat treatment differs, which decides whether the cultures are alive (REFERENCE §4, MARCO-T1). Salt varies by recipe.',
    },
  ),
  curated(
    'gp-sourdough-wheat',
    'Bread, sourdough, traditional long-fermented (over 12 h), white wheat',
    '18',
    [289, 11.75, 56.44, 2.4, 2.56, 1.83, 0.497, null, 0.047, 513],
    [
      { amount: 1, name: 'slice', grams: 40 },
      { amount: 1, name: 'oz', grams: 28.35 },
    ],
    {
      kind: 'plant',
      source: `${SR24}, entry 18029 (bread, french or vienna, includes sourdough)`,
      basis: 'derived',
      note: 'Long fermentation changes fructans (REFERENCE §2b, MON-SD), not the macronutrients, so the values are those of SR24 white French/sourdough bread. Slice weight is typical, not measured.',
    },
  ),
  curated(
    'gp-sourdough-spelt',
    'Bread, sourdough, traditional long-fermented (over 12 h), spelt',
    '18',
    [289, 11.75, 56.44, 2.4, 2.56, 1.83, 0.497, null, 0.047, 513],
    [
      { amount: 1, name: 'slice', grams: 40 },
      { amount: 1, name: 'oz', grams: 28.35 },
    ],
    {
      kind: 'plant',
      source: `${SR24}, entry 18029 (bread, french or vienna, includes sourdough)`,
      basis: 'representative',
      note: 'SR24 has spelt grain (20140) but no spelt bread. Light spelt flour is close to white wheat flour in composition, so the values of SR24 white sourdough-style bread stand in for it; wholemeal spelt bread has more fibre.',
    },
  ),
  curated(
    'gp-lactose-free-milk',
    'Milk, lactose-free, whole, 3.25% milkfat',
    '01',
    [61, 3.15, 4.8, 0, 5.05, 3.25, 1.865, null, 0.075, 43],
    [
      { amount: 1, name: 'cup', grams: 244 },
      { amount: 1, name: 'tbsp', grams: 15 },
      { amount: 1, name: 'fl oz', grams: 30.5 },
    ],
    {
      kind: 'dairy',
      source: `${SR24}, entry 01077 (milk, whole, 3.25%); lactose content 0.01–0.1 g/100 g from FAC20 and MON-L (REFERENCE §2c)`,
      basis: 'derived',
      note: 'Lactase-treated milk: lactose is split into glucose and galactose, so total sugars stay those of whole milk. Filtered lactose-free milks have fewer sugars (about 3 g/100 g).',
    },
  ),
  curated(
    'gp-lactose-free-yogurt',
    'Yogurt, plain, lactose-free, whole milk',
    '01',
    [61, 3.47, 4.66, 0, 4.66, 3.25, 2.096, null, 0.027, 46],
    [
      { amount: 1, name: 'container (125 g)', grams: 125 },
      { amount: 1, name: 'cup (8 fl oz)', grams: 245 },
    ],
    {
      kind: 'dairy',
      source: `${SR24}, entry 01116 (yogurt, plain, whole milk); lactose-free dairy per FAC20 and MON-L`,
      basis: 'derived',
      note: 'Lactase-treated plain yogurt: composition of SR24 plain whole-milk yogurt with the lactose hydrolysed.',
    },
  ),
  curated(
    'gp-garlic-infused-oil',
    'Oil, olive, garlic-infused (garlic solids removed)',
    '04',
    [884, 0, 0, 0, 0, 100, 13.808, null, 0.761, 2],
    [
      { amount: 1, name: 'tablespoon', grams: 13.5 },
      { amount: 1, name: 'tsp', grams: 4.5 },
    ],
    {
      kind: 'fat',
      source: `${SR24}, entry 04053 (oil, olive, salad or cooking)`,
      basis: 'derived',
      note: 'The garlic is removed after infusing; fructans are water-soluble and stay out of the oil (REFERENCE §2c, CAMB), and the flavour compounds add no measurable nutrients.',
    },
  ),
  curated(
    'gp-gluten-free-bread',
    'Bread, gluten-free, white, without added inulin',
    '18',
    [250, 4, 45, 6, 3, 6, 0.7, null, null, 450],
    [
      { amount: 1, name: 'slice', grams: 35 },
      { amount: 1, name: 'oz', grams: 28.35 },
    ],
    {
      kind: 'composite',
      source: 'Typical nutrition labels of EU gluten-free white sliced breads (rice, maize and tapioca starches with psyllium or gums)',
      basis: 'representative',
      note: 'Gluten-free breads vary a lot by brand (fibre 3–9 g, fat 3–10 g per 100 g). Some add inulin, which makes them high in fructans (REFERENCE §2b): this entry is for breads without it.',
    },
  ),
  curated(
    'gp-tamari-gluten-free',
    'Soy sauce made from soy (tamari), labelled gluten-free',
    '16',
    [60, 10.51, 5.57, 0.8, 1.7, 0.1, 0.011, null, 0.005, 5586],
    [
      { amount: 1, name: 'tbsp', grams: 18 },
      { amount: 1, name: 'tsp', grams: 6 },
    ],
    {
      kind: 'plant',
      source: `${SR24}, entry 16124 (soy sauce made from soy, tamari); gluten-free labelling per EU828 and CODEX118`,
      basis: 'derived',
      note: 'Tamari brewed from soybeans without wheat and labelled gluten-free (at most 20 mg/kg gluten, EU828). SR24 tamari may contain some wheat, so it is not gluten-free safe; the labelled product has the same composition.',
    },
  ),
  curated(
    'gp-gluten-free-oats',
    'Oats, rolled, gluten-free (uncontaminated), dry',
    '08',
    [379, 13.15, 67.7, 10.1, 0.99, 6.52, 1.11, null, 0.1, 6],
    [
      { amount: 1, name: 'cup', grams: 81 },
      { amount: 0.333, name: 'cup', grams: 27 },
    ],
    {
      kind: 'plant',
      source: `${SR24}, entry 08120 (cereals, oats, regular and quick, not fortified, dry); gluten-free oats per EU828 and CODEX118`,
      basis: 'derived',
      note: 'Oats grown and milled apart from wheat, barley and rye so gluten stays at or below 20 mg/kg; the grain itself is the same as ordinary oats.',
    },
  ),
  curated(
    'gp-green-banana-flour',
    'Banana flour, green (unripe)',
    '09',
    [343, 3.2, 84, 9, 2, 0.7, null, null, null, null],
    [
      { amount: 1, name: 'tbsp', grams: 10 },
      { amount: 1, name: 'cup', grams: 120 },
    ],
    {
      kind: 'plant',
      source: 'Juarez-Garcia et al. 2006 and Faisant et al. 1995 as excerpted in REFERENCE §4 (GB-RS)',
      basis: 'representative',
      note: 'Protein, fat and starch from the published flour analyses (starch 61–76% of dry matter, mostly resistant starch RS2); dietary fibre depends on the method and on how much resistant starch it counts. Saturates and sodium are not given there and are left unmeasured.',
    },
  ),
  curated(
    'gp-lentils-canned-rinsed',
    'Lentils, canned, drained and rinsed',
    '16',
    [116, 9.02, 20.13, 7.9, 1.8, 0.38, 0.053, null, 0.037, 212],
    [
      { amount: 1, name: 'cup', grams: 198 },
      { amount: 0.25, name: 'cup', grams: 46 },
    ],
    {
      kind: 'plant',
      source: `${SR24}, entries 16070 (lentils, boiled) and 16359 (chickpeas, canned, drained, rinsed)`,
      basis: 'derived',
      note: 'Canned lentils are cooked lentils: macronutrients are those of SR24 boiled lentils. Sodium is taken from SR24 canned, rinsed chickpeas as a stand-in for the brine left after rinsing. Rinsing lowers GOS (REFERENCE §2b, TUCK18), which SR24 does not report.',
    },
  ),
]
