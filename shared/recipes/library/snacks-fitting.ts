/**
 * Built-in snacks written to fit people who eat vegetarian or vegan and also avoid gluten,
 * lactose and FODMAPs. Quantities are for the stated servings, in grams or millilitres. Diets,
 * flags and nutrition are derived from the ingredients by the food rules.
 */
import type { Recipe } from '../types'
import { g, ml, t } from './build'

/** Catalogue ids: USDA SR24 NDB numbers, and curated `gp-` ids for foods SR24 lacks. */
const food = {
  blueberries: '09050', // Blueberries, raw
  carrots: '11124', // Carrots, raw
  cheddar: '01009', // Cheese, cheddar
  cucumber: '11205', // Cucumber, with peel, raw
  grapes: '09132', // Grapes, red or green (European type, such as Thompson seedless), raw
  kiwi: '09148', // Kiwifruit, green, raw
  lactoseFreeYogurt: 'gp-lactose-free-yogurt',
  limeJuice: '09160', // Lime juice, raw
  mint: '02065', // Spearmint, fresh
  orange: '09200', // Oranges, raw, all commercial varieties
  peanutButter: '16398', // Peanut butter, smooth style, without salt
  pineapple: '09266', // Pineapple, raw, all varieties
  pumpkinSeeds: '12014', // Seeds, pumpkin and squash seed kernels, dried
  salt: '02047', // Salt, table
  sunflowerSeeds: '12036', // Seeds, sunflower seed kernels, dried
} as const

const sticks = t('cut into sticks', 'in Sticks geschnitten')

export const snacksFitting: Recipe[] = [
  {
    id: 's-orange-toasted-pumpkin-seeds',
    name: t('Orange with salted toasted pumpkin seeds', 'Orange mit gerösteten, gesalzenen Kürbiskernen'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 3,
    cookMinutes: 3,
    ingredients: [g(food.orange, 150, t('1 orange', '1 Orange')), g(food.pumpkinSeeds, 20), g(food.salt, 0.3, t('a pinch', 'eine Prise'))],
    steps: [
      t('Toast the pumpkin seeds in a dry pan until they pop and sprinkle with the salt.', 'Kürbiskerne in einer trockenen Pfanne rösten, bis sie aufplatzen, und mit dem Salz bestreuen.'),
      t('Peel the orange and eat it with the seeds.', 'Orange schälen und mit den Kernen essen.'),
    ],
  },
  {
    id: 's-cheddar-grapes-carrot-sticks',
    name: t('Cheddar with grapes and carrot sticks', 'Cheddar mit Trauben und Karottensticks'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [g(food.cheddar, 30), g(food.grapes, 100), g(food.carrots, 100, sticks)],
    steps: [
      t('Cut the Cheddar into cubes and the carrot into sticks.', 'Cheddar in Würfel und die Möhre in Sticks schneiden.'),
      t('Serve with the grapes.', 'Mit den Trauben servieren.'),
    ],
  },
  {
    id: 's-peanut-butter-carrot-cucumber-sticks',
    name: t('Carrot and cucumber sticks with a lime peanut dip', 'Karotten- und Gurkensticks mit Limetten-Erdnuss-Dip'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [
      g(food.peanutButter, 20),
      ml(food.limeJuice, 5),
      g(food.carrots, 100, sticks),
      g(food.cucumber, 100, sticks),
    ],
    steps: [
      t('Stir the peanut butter with the lime juice and 1 tbsp warm water until smooth.', 'Erdnussbutter mit dem Limettensaft und 1 EL warmem Wasser glatt rühren.'),
      t('Serve with the carrot and cucumber sticks.', 'Mit den Karotten- und Gurkensticks servieren.'),
    ],
  },
  {
    id: 's-lactose-free-yoghurt-blueberries-sunflower',
    name: t('Lactose-free yoghurt with blueberries and sunflower seeds', 'Laktosefreier Joghurt mit Heidelbeeren und Sonnenblumenkernen'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 3,
    cookMinutes: 0,
    ingredients: [g(food.lactoseFreeYogurt, 150), g(food.blueberries, 80), g(food.sunflowerSeeds, 10)],
    steps: [
      t('Spoon the yoghurt into a bowl.', 'Joghurt in eine Schale geben.'),
      t('Top with the blueberries and sunflower seeds.', 'Mit Heidelbeeren und Sonnenblumenkernen bestreuen.'),
    ],
  },
  {
    id: 's-pineapple-kiwi-lime-mint',
    name: t('Pineapple and kiwi with lime and mint', 'Ananas und Kiwi mit Limette und Minze'),
    slots: ['snack'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 0,
    ingredients: [g(food.pineapple, 250, t('in chunks', 'in Stücken')), g(food.kiwi, 150, t('2 kiwis, sliced', '2 Kiwis, in Scheiben')), ml(food.limeJuice, 10), g(food.mint, 2, t('leaves, shredded', 'Blätter, in Streifen'))],
    steps: [
      t('Toss the pineapple and kiwi with the lime juice.', 'Ananas und Kiwi mit dem Limettensaft mischen.'),
      t('Scatter with the mint and serve chilled.', 'Mit Minze bestreuen und gekühlt servieren.'),
    ],
  },
]
