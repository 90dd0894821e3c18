/**
 * Built-in breakfasts written to fit people who eat vegetarian or vegan and also avoid gluten,
 * lactose and FODMAPs. Quantities are for the stated servings, in grams or millilitres. Diets,
 * flags and nutrition are derived from the ingredients by the food rules. Nuts and seeds stay
 * within their serve together (pumpkin, sunflower and chia seeds ≈ 30 g, firm tofu ≤ 170 g).
 */
import type { Recipe } from '../types'
import { g, ml, t } from './build'

/** Catalogue ids: USDA SR24 NDB numbers, and curated `gp-` ids for foods SR24 lacks. */
const food = {
  blueberries: '09050', // Blueberries, raw
  buckwheatFlour: '20011', // Buckwheat flour, whole-groat
  buckwheatGroats: '20009', // Buckwheat groats, roasted, dry
  butter: '01145', // Butter, without salt
  chia: '12006', // Seeds, chia seeds, dried
  chives: '11156', // Chives, raw
  eggs: '01123', // Egg, whole, raw, fresh
  garlicOil: 'gp-garlic-infused-oil',
  kiwi: '09148', // Kiwifruit, green, raw
  lactoseFreeMilk: 'gp-lactose-free-milk',
  lactoseFreeYogurt: 'gp-lactose-free-yogurt',
  millet: '20031', // Millet, raw
  orange: '09200', // Oranges, raw, all commercial varieties
  peanutButter: '16398', // Peanut butter, smooth style, without salt
  potatoes: '11354', // Potatoes, white, flesh and skin, raw
  pumpkinSeeds: '12014', // Seeds, pumpkin and squash seed kernels, dried
  quinoa: '20035', // Quinoa, uncooked
  rapeseedOil: '04582', // Oil, canola
  raspberries: '09302', // Raspberries, raw
  salt: '02047', // Salt, table
  spinach: '11457', // Spinach, raw
  sunflowerSeeds: '12036', // Seeds, sunflower seed kernels, dried
  tofu: '16426', // Tofu, raw, firm, prepared with calcium sulfate
  tomatoes: '11529', // Tomatoes, red, ripe, raw, year round average
  turmeric: '02043', // Spices, turmeric, ground
} as const

export const breakfastsFitting: Recipe[] = [
  {
    id: 'b-buckwheat-porridge-blueberries-pumpkin-seeds',
    name: t('Buckwheat porridge with blueberries and pumpkin seeds', 'Buchweizenbrei mit Heidelbeeren und Kürbiskernen'),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 12,
    ingredients: [
      g(food.buckwheatGroats, 60),
      ml(food.lactoseFreeMilk, 200),
      g(food.blueberries, 100),
      g(food.pumpkinSeeds, 12),
      g(food.chia, 5),
    ],
    steps: [
      t('Simmer the buckwheat in 150 ml water for 5 minutes, then add the milk and cook for 6 minutes more, stirring.', 'Buchweizen in 150 ml Wasser 5 Minuten köcheln, dann die Milch zugeben und unter Rühren weitere 6 Minuten garen.'),
      t('Stir in the chia seeds and half the blueberries.', 'Chiasamen und die Hälfte der Heidelbeeren unterrühren.'),
      t('Serve topped with the rest of the blueberries and the pumpkin seeds.', 'Mit den restlichen Heidelbeeren und den Kürbiskernen servieren.'),
    ],
  },
  {
    id: 'b-quinoa-porridge-raspberries-kiwi-peanut-butter',
    name: t('Quinoa porridge with raspberries, kiwi and peanut butter', 'Quinoabrei mit Himbeeren, Kiwi und Erdnussbutter'),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 15,
    ingredients: [
      g(food.quinoa, 60, t('rinsed', 'gewaschen')),
      g(food.raspberries, 80),
      g(food.kiwi, 75, t('1 kiwi, sliced', '1 Kiwi, in Scheiben')),
      g(food.peanutButter, 12),
      g(food.chia, 6),
    ],
    steps: [
      t('Simmer the quinoa in 250 ml water for 15 minutes until soft and creamy, adding a splash more water if needed.', 'Quinoa in 250 ml Wasser 15 Minuten weich und cremig köcheln, bei Bedarf etwas Wasser nachgießen.'),
      t('Stir in the chia seeds and half the raspberries, crushing them lightly.', 'Chiasamen und die Hälfte der Himbeeren unterrühren und dabei leicht zerdrücken.'),
      t('Top with the kiwi, the rest of the raspberries and the peanut butter.', 'Mit Kiwi, den restlichen Himbeeren und der Erdnussbutter belegen.'),
    ],
  },
  {
    id: 'b-scrambled-eggs-spinach-tomatoes-potatoes',
    name: t('Scrambled eggs with spinach, tomatoes and crispy potatoes', 'Rührei mit Spinat, Tomaten und knusprigen Kartoffeln'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 20,
    ingredients: [
      g(food.eggs, 250, t('5 eggs', '5 Eier')),
      g(food.potatoes, 300, t('scrubbed, in small cubes', 'geschrubbt, in kleinen Würfeln')),
      g(food.spinach, 120),
      g(food.tomatoes, 200, t('halved', 'halbiert')),
      g(food.butter, 10),
      ml(food.rapeseedOil, 15),
      g(food.chives, 8, t('chopped', 'gehackt')),
      g(food.salt, 2),
    ],
    steps: [
      t('Fry the potatoes in the oil over medium heat for 15 minutes until crisp, adding the tomatoes cut side down for the last 4.', 'Kartoffeln im Öl bei mittlerer Hitze 15 Minuten knusprig braten, die Tomaten mit der Schnittfläche nach unten für die letzten 4 Minuten zugeben.'),
      t('Wilt the spinach in the butter, then add the beaten eggs and salt and stir gently until just set.', 'Spinat in der Butter zusammenfallen lassen, dann die verquirlten Eier und Salz zugeben und sanft rühren, bis sie gerade stocken.'),
      t('Serve with the potatoes and tomatoes, scattered with chives.', 'Mit Kartoffeln und Tomaten servieren und mit Schnittlauch bestreuen.'),
    ],
  },
  {
    id: 'b-turmeric-tofu-scramble-buckwheat-pancakes',
    name: t('Turmeric tofu scramble with spinach, tomatoes and buckwheat pancakes', 'Tofu-Rührei mit Kurkuma, Spinat, Tomaten und Buchweizenpfannkuchen'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 20,
    ingredients: [
      g(food.tofu, 260, t('pressed and crumbled', 'gepresst und zerbröselt')),
      g(food.buckwheatFlour, 80),
      g(food.spinach, 120),
      g(food.tomatoes, 200, t('diced', 'gewürfelt')),
      g(food.turmeric, 0.1, t('a small pinch', 'eine kleine Prise')),
      ml(food.garlicOil, 15),
      ml(food.rapeseedOil, 10),
      g(food.salt, 2),
    ],
    steps: [
      t('Whisk the buckwheat flour with 180 ml water and a pinch of salt and cook four small pancakes in the rapeseed oil, 2 minutes on each side.', 'Buchweizenmehl mit 180 ml Wasser und einer Prise Salz verquirlen und im Rapsöl vier kleine Pfannkuchen backen, je Seite 2 Minuten.'),
      t('Fry the tofu in the garlic oil with the turmeric and remaining salt for 5 minutes.', 'Tofu mit Kurkuma und restlichem Salz im Knoblauchöl 5 Minuten braten.'),
      t('Add the tomatoes and spinach and cook until the spinach wilts.', 'Tomaten und Spinat zugeben und garen, bis der Spinat zusammenfällt.'),
      t('Serve the scramble on the pancakes.', 'Tofu-Rührei auf den Pfannkuchen servieren.'),
    ],
  },
  {
    id: 'b-millet-porridge-orange-kiwi-sunflower',
    name: t('Creamy millet porridge with orange, kiwi and sunflower seeds', 'Cremiger Hirsebrei mit Orange, Kiwi und Sonnenblumenkernen'),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 20,
    ingredients: [
      g(food.millet, 55, t('rinsed', 'gewaschen')),
      ml(food.lactoseFreeMilk, 200),
      g(food.orange, 130, t('1 orange, segmented', '1 Orange, filetiert')),
      g(food.kiwi, 75, t('1 kiwi, diced', '1 Kiwi, gewürfelt')),
      g(food.sunflowerSeeds, 15),
    ],
    steps: [
      t('Simmer the millet in 150 ml water for 10 minutes, add the milk and cook for 8 minutes more, stirring, until creamy.', 'Hirse in 150 ml Wasser 10 Minuten köcheln, Milch zugeben und unter Rühren weitere 8 Minuten cremig garen.'),
      t('Toast the sunflower seeds in a dry pan.', 'Sonnenblumenkerne in einer trockenen Pfanne rösten.'),
      t('Serve the porridge with the orange, kiwi and seeds.', 'Brei mit Orange, Kiwi und Kernen servieren.'),
    ],
  },
  {
    id: 'b-lactose-free-yoghurt-berries-buckwheat-crunch',
    name: t('Lactose-free yoghurt with berries, chia and toasted buckwheat', 'Laktosefreier Joghurt mit Beeren, Chia und geröstetem Buchweizen'),
    slots: ['breakfast', 'snack'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 3,
    ingredients: [
      g(food.lactoseFreeYogurt, 200),
      g(food.raspberries, 70),
      g(food.blueberries, 70),
      g(food.buckwheatGroats, 25),
      g(food.chia, 8),
      g(food.pumpkinSeeds, 10),
    ],
    steps: [
      t('Toast the buckwheat and pumpkin seeds in a dry pan for 3 minutes until fragrant.', 'Buchweizen und Kürbiskerne 3 Minuten in einer trockenen Pfanne rösten, bis sie duften.'),
      t('Stir the chia seeds into the yoghurt.', 'Chiasamen unter den Joghurt rühren.'),
      t('Top with the berries and the toasted buckwheat and seeds.', 'Mit den Beeren und dem gerösteten Buchweizen und den Kernen belegen.'),
    ],
  },
]
