/**
 * Built-in snack recipes. Gutplan's own, written for the library.
 *
 * Quantities are for the stated servings, in grams or millilitres. Diets, flags and nutrition
 * are derived from the ingredients by the food rules, so nothing here is tagged by hand. Where
 * a snack is meant to suit the low-FODMAP profile, the per-serving amounts stay within the
 * Monash serves quoted in REFERENCE §2b/§2c (canned rinsed chickpeas ≈ 40 g, strawberries
 * ≤ 65 g, avocado ≈ 30 g, red pepper ≈ 40 g, almonds ≈ 10 nuts, kombucha ≤ 180 ml).
 */
import type { Recipe } from '../types'
import { g, ml, t } from './build'

/** Catalogue ids: USDA SR24 NDB numbers, and curated `gp-` ids for foods SR24 lacks. */
const food = {
  // Grains and crackers
  oats: '08120', // Cereals, oats, regular and quick, not fortified, dry
  glutenFreeOats: 'gp-gluten-free-oats',
  glutenFreeBread: 'gp-gluten-free-bread',
  riceCakes: '19816', // Snacks, rice cakes, brown rice, plain, unsalted
  buckwheatRiceCakes: '19052', // Snacks, rice cakes, brown rice, buckwheat
  ryeCrispbread: '18216', // Crackers, crispbread, rye
  popcorn: '19034', // Snacks, popcorn, air-popped
  // Seeds and nuts
  chia: '12006', // Seeds, chia seeds, dried
  flaxseed: '12220', // Seeds, flaxseed
  pumpkinSeeds: '12014', // Seeds, pumpkin and squash seed kernels, dried
  sunflowerSeeds: '12036', // Seeds, sunflower seed kernels, dried
  sesameSeeds: '12023', // Seeds, sesame seeds, whole, dried
  tahini: '12166', // Seeds, sesame butter, tahini, from roasted and toasted kernels
  walnuts: '12155', // Nuts, walnuts, english
  almonds: '12061', // Nuts, almonds
  almondButter: '12195', // Nuts, almond butter, plain, without salt added
  hazelnuts: '12120', // Nuts, hazelnuts or filberts
  pecans: '12142', // Nuts, pecans
  brazilNuts: '12078', // Nuts, brazilnuts, dried, unblanched
  peanuts: '16390', // Peanuts, all types, dry-roasted, without salt
  peanutButter: '16398', // Peanut butter, smooth style, without salt
  desiccatedCoconut: '12108', // Nuts, coconut meat, dried (desiccated), not sweetened
  // Fruit
  blueberries: '09050', // Blueberries, raw
  raspberries: '09302', // Raspberries, raw
  strawberries: '09316', // Strawberries, raw
  kiwi: '09148', // Kiwifruit, green, raw
  banana: '09040', // Bananas, raw
  orange: '09200', // Oranges, raw, all commercial varieties
  papaya: '09226', // Papayas, raw
  apple: '09003', // Apples, raw, with skin
  pear: '09252', // Pears, raw
  dates: '09087', // Dates, deglet noor
  lemonJuice: '09152', // Lemon juice, raw
  limeJuice: '09160', // Lime juice, raw
  avocado: '09037', // Avocados, raw, all commercial varieties
  // Dairy and drinks
  kefir: 'gp-kefir',
  yogurt: '01116', // Yogurt, plain, whole milk
  lactoseFreeYogurt: 'gp-lactose-free-yogurt',
  cottageCheese: '01012', // Cheese, cottage, creamed, large or small curd
  gruyere: '01023', // Cheese, gruyere
  riceDrink: '14639', // Rice drink, unsweetened, with added calcium, vitamins A and D
  kombucha: 'gp-kombucha',
  water: '14411', // Water, tap, drinking
  // Legumes and soy
  cookedChickpeas: '16057', // Chickpeas, mature seeds, cooked, boiled, without salt
  cannedChickpeas: '16359', // Chickpeas, mature seeds, canned, drained, rinsed in tap water
  whiteBeans: '16051', // Beans, white, mature seeds, canned
  redLentils: '16144', // Lentils, pink, raw
  edamame: '11212', // Edamame, frozen, prepared
  firmTofu: '16126', // Tofu, firm, prepared with calcium sulfate and magnesium chloride (nigari)
  tempeh: '16114', // Tempeh
  miso: '16112', // Miso
  tamari: '16124', // Soy sauce made from soy (tamari)
  // Fish
  smokedSalmon: '15179', // Fish, salmon, chinook, smoked, (lox), regular
  // Vegetables, herbs and ferments
  carrots: '11124', // Carrots, raw
  cucumber: '11205', // Cucumber, with peel, raw
  redPepper: '11821', // Peppers, sweet, red, raw
  tomato: '11529', // Tomatoes, red, ripe, raw, year round average
  radishes: '11429', // Radishes, raw
  spinach: '11457', // Spinach, raw
  springOnion: '11291', // Onions, spring or scallions (includes tops and bulb), raw
  garlic: '11215', // Garlic, raw
  redChili: '11819', // Peppers, hot chili, red, raw
  ginger: '11216', // Ginger root, raw
  wakame: '11669', // Seaweed, wakame, raw
  chives: '11156', // Chives, raw
  dill: '02045', // Dill weed, fresh
  parsley: '11297', // Parsley, fresh
  coriander: '11165', // Coriander (cilantro) leaves, raw
  rosemary: '02063', // Rosemary, fresh
  kimchi: 'gp-kimchi',
  kimchiVegan: 'gp-kimchi-vegan',
  sauerkraut: 'gp-sauerkraut-raw',
  // Oils, sweeteners and seasonings
  garlicOil: 'gp-garlic-infused-oil',
  oliveOil: '04053', // Oil, olive, salad or cooking
  rapeseedOil: '04582', // Oil, canola
  sesameOil: '04058', // Oil, sesame, salad or cooking
  coconutOil: '04047', // Oil, coconut
  mapleSyrup: '19353', // Syrups, maple
  cocoa: '19165', // Cocoa, dry powder, unsweetened
  darkChocolate: '19904', // Chocolate, dark, 70-85% cacao solids
  cinnamon: '02010', // Spices, cinnamon, ground
  cumin: '02014', // Spices, cumin seed
  paprika: '02028', // Spices, paprika
  chiliFlakes: '02031', // Spices, pepper, red or cayenne
  blackPepper: '02030', // Spices, pepper, black
  salt: '02047', // Salt, table
} as const

const chopped = t('chopped', 'gehackt')
const ground = t('ground', 'geschrotet')
const sliced = t('sliced', 'in Scheiben')
const sticks = t('cut into sticks', 'in Sticks geschnitten')
const rinsed = t('drained and rinsed', 'abgetropft und abgespült')

export const snacks: Recipe[] = [
  // ── Dips and legumes ──
  {
    id: 's-hummus-veg-sticks',
    name: t('Classic hummus with carrot and cucumber sticks', 'Klassischer Hummus mit Karotten- und Gurkensticks'),
    slots: ['snack'],
    servings: 4,
    prepMinutes: 15,
    cookMinutes: 0,
    ingredients: [
      g(food.cookedChickpeas, 240, t('cooked or canned, drained', 'gekocht oder aus der Dose, abgetropft')),
      g(food.tahini, 40),
      g(food.lemonJuice, 30),
      g(food.garlic, 6, t('1 clove, crushed', '1 Zehe, zerdrückt')),
      g(food.cumin, 1),
      g(food.salt, 2),
      ml(food.water, 40),
      g(food.oliveOil, 15),
      g(food.carrots, 300, sticks),
      g(food.cucumber, 200, sticks),
    ],
    steps: [
      t(
        'Blend the chickpeas, tahini, lemon juice, garlic, cumin and salt.',
        'Kichererbsen, Tahini, Zitronensaft, Knoblauch, Kreuzkümmel und Salz pürieren.',
      ),
      t(
        'Add the water a little at a time until the hummus is smooth and creamy.',
        'Nach und nach das Wasser zugeben, bis der Hummus glatt und cremig ist.',
      ),
      t('Spoon into a bowl and drizzle with the olive oil.', 'In eine Schale füllen und mit dem Olivenöl beträufeln.'),
      t('Serve with the carrot and cucumber sticks.', 'Mit den Karotten- und Gurkensticks servieren.'),
    ],
  },
  {
    id: 's-hummus-garlic-oil-peppers',
    name: t('Garlic-oil hummus with pepper and carrot sticks', 'Hummus mit Knoblauchöl und Paprika-Karotten-Sticks'),
    slots: ['snack'],
    servings: 4,
    prepMinutes: 15,
    cookMinutes: 0,
    ingredients: [
      g(food.cannedChickpeas, 160, rinsed),
      g(food.tahini, 30),
      g(food.lemonJuice, 20),
      g(food.cumin, 1),
      g(food.salt, 1),
      ml(food.water, 40),
      g(food.garlicOil, 15),
      g(food.carrots, 240, sticks),
      g(food.redPepper, 160, sticks),
    ],
    steps: [
      t(
        'Blend the chickpeas with the tahini, lemon juice, cumin, salt and water until smooth.',
        'Kichererbsen mit Tahini, Zitronensaft, Kreuzkümmel, Salz und Wasser glatt pürieren.',
      ),
      t('Stir in the garlic-infused oil.', 'Das Knoblauchöl unterrühren.'),
      t('Serve with the carrot and pepper sticks.', 'Mit den Karotten- und Paprikasticks servieren.'),
    ],
  },
  {
    id: 's-roasted-chickpeas-paprika',
    name: t('Crispy roasted chickpeas with smoked paprika', 'Knusprige Ofen-Kichererbsen mit Räucherpaprika'),
    slots: ['snack'],
    servings: 4,
    prepMinutes: 5,
    cookMinutes: 35,
    ingredients: [
      g(food.cookedChickpeas, 240, t('cooked or canned, drained', 'gekocht oder aus der Dose, abgetropft')),
      g(food.oliveOil, 10),
      g(food.paprika, 3, t('smoked', 'geräuchert')),
      g(food.cumin, 2),
      g(food.salt, 1),
    ],
    steps: [
      t('Heat the oven to 200 °C.', 'Den Backofen auf 200 °C vorheizen.'),
      t(
        'Pat the chickpeas dry and toss them with the oil, paprika, cumin and salt.',
        'Die Kichererbsen trocken tupfen und mit Öl, Paprikapulver, Kreuzkümmel und Salz mischen.',
      ),
      t(
        'Roast on a tray for 30–35 minutes, shaking once, until crisp.',
        'Auf einem Blech 30–35 Minuten rösten, dabei einmal schütteln, bis sie knusprig sind.',
      ),
      t('Leave to cool; they get crisper as they cool.', 'Abkühlen lassen, dabei werden sie noch knuspriger.'),
    ],
  },
  {
    id: 's-edamame-chili-lime',
    name: t('Edamame with chili and lime', 'Edamame mit Chili und Limette'),
    slots: ['snack'],
    servings: 2,
    prepMinutes: 2,
    cookMinutes: 5,
    ingredients: [
      g(food.edamame, 180, t('shelled, frozen', 'ausgelöst, tiefgekühlt')),
      g(food.limeJuice, 10),
      g(food.chiliFlakes, 0.5),
      g(food.salt, 1),
    ],
    steps: [
      t('Cook the edamame in boiling water for 4 minutes and drain.', 'Die Edamame 4 Minuten in kochendem Wasser garen und abgießen.'),
      t('Toss with the lime juice, chili and salt and eat warm.', 'Mit Limettensaft, Chili und Salz mischen und warm essen.'),
    ],
  },
  {
    id: 's-red-lentil-spread-crispbread',
    name: t('Red lentil and cumin spread on rye crispbread', 'Rote-Linsen-Aufstrich mit Kreuzkümmel auf Roggenknäckebrot'),
    slots: ['snack'],
    servings: 4,
    prepMinutes: 10,
    cookMinutes: 15,
    ingredients: [
      g(food.redLentils, 80),
      ml(food.water, 250),
      g(food.tahini, 20),
      g(food.lemonJuice, 15),
      g(food.oliveOil, 10),
      g(food.cumin, 2),
      g(food.paprika, 1),
      g(food.salt, 1),
      g(food.ryeCrispbread, 60),
    ],
    steps: [
      t(
        'Simmer the lentils in the water for 12–15 minutes until soft and the water is absorbed.',
        'Die Linsen im Wasser 12–15 Minuten köcheln lassen, bis sie weich sind und das Wasser aufgenommen haben.',
      ),
      t(
        'Leave to cool a little, then blend with the tahini, lemon juice, oil, cumin, paprika and salt.',
        'Etwas abkühlen lassen und mit Tahini, Zitronensaft, Öl, Kreuzkümmel, Paprikapulver und Salz pürieren.',
      ),
      t('Spread on the crispbread.', 'Auf das Knäckebrot streichen.'),
    ],
  },
  {
    id: 's-white-bean-dip-rosemary',
    name: t('White bean and rosemary dip with vegetable sticks', 'Weiße-Bohnen-Dip mit Rosmarin und Gemüsesticks'),
    slots: ['snack'],
    servings: 4,
    prepMinutes: 15,
    cookMinutes: 0,
    ingredients: [
      g(food.whiteBeans, 240, rinsed),
      g(food.oliveOil, 15),
      g(food.lemonJuice, 15),
      g(food.rosemary, 2, t('finely chopped', 'fein gehackt')),
      g(food.salt, 1),
      g(food.blackPepper, 0.5),
      g(food.carrots, 200, sticks),
      g(food.redPepper, 160, sticks),
    ],
    steps: [
      t(
        'Blend the beans with the olive oil, lemon juice, rosemary, salt and pepper until creamy.',
        'Die Bohnen mit Olivenöl, Zitronensaft, Rosmarin, Salz und Pfeffer cremig pürieren.',
      ),
      t('Serve with the carrot and pepper sticks.', 'Mit den Karotten- und Paprikasticks servieren.'),
    ],
  },
  {
    id: 's-guacamole-veg-sticks',
    name: t('Guacamole with carrot and pepper sticks', 'Guacamole mit Karotten- und Paprikasticks'),
    slots: ['snack'],
    servings: 4,
    prepMinutes: 15,
    cookMinutes: 0,
    ingredients: [
      g(food.avocado, 200),
      g(food.limeJuice, 20),
      g(food.salt, 1),
      g(food.tomato, 100, t('finely diced', 'fein gewürfelt')),
      g(food.springOnion, 20, t('finely sliced', 'in feinen Ringen')),
      g(food.redChili, 5, t('deseeded, finely chopped', 'entkernt, fein gehackt')),
      g(food.coriander, 5, chopped),
      g(food.carrots, 200, sticks),
      g(food.redPepper, 150, sticks),
    ],
    steps: [
      t('Mash the avocado with the lime juice and salt.', 'Die Avocado mit Limettensaft und Salz zerdrücken.'),
      t(
        'Stir in the tomato, spring onion, chili and coriander.',
        'Tomate, Frühlingszwiebel, Chili und Koriander unterrühren.',
      ),
      t('Serve with the carrot and pepper sticks.', 'Mit den Karotten- und Paprikasticks servieren.'),
    ],
  },
  {
    id: 's-veg-sticks-tahini-dip',
    name: t('Vegetable sticks with lemon tahini dip', 'Gemüsesticks mit Zitronen-Tahini-Dip'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 10,
    cookMinutes: 0,
    ingredients: [
      g(food.tahini, 15),
      g(food.lemonJuice, 10),
      ml(food.water, 15),
      g(food.salt, 0.5),
      g(food.carrots, 100, sticks),
      g(food.cucumber, 100, sticks),
      g(food.redPepper, 40, sticks),
    ],
    steps: [
      t('Stir the tahini with the lemon juice, water and salt until smooth.', 'Tahini mit Zitronensaft, Wasser und Salz glatt rühren.'),
      t('Serve the vegetable sticks with the dip.', 'Die Gemüsesticks mit dem Dip servieren.'),
    ],
  },
  {
    id: 's-tzatziki-veg-sticks',
    name: t('Tzatziki with vegetable sticks', 'Tzatziki mit Gemüsesticks'),
    slots: ['snack'],
    servings: 2,
    prepMinutes: 15,
    cookMinutes: 0,
    ingredients: [
      g(food.cucumber, 150, t('grated', 'geraspelt')),
      g(food.salt, 1),
      g(food.yogurt, 200),
      g(food.garlic, 3, t('crushed', 'zerdrückt')),
      g(food.dill, 3, chopped),
      g(food.oliveOil, 5),
      g(food.carrots, 200, sticks),
      g(food.redPepper, 100, sticks),
    ],
    steps: [
      t('Salt the grated cucumber lightly and squeeze out the liquid.', 'Die geraspelte Gurke leicht salzen und ausdrücken.'),
      t(
        'Mix with the yogurt, garlic, dill and olive oil.',
        'Mit Joghurt, Knoblauch, Dill und Olivenöl verrühren.',
      ),
      t('Serve with the carrot and pepper sticks.', 'Mit den Karotten- und Paprikasticks servieren.'),
    ],
  },
  {
    id: 's-lactose-free-tzatziki',
    name: t(
      'Lactose-free tzatziki with garlic oil and vegetable sticks',
      'Laktosefreies Tzatziki mit Knoblauchöl und Gemüsesticks',
    ),
    slots: ['snack'],
    servings: 2,
    prepMinutes: 15,
    cookMinutes: 0,
    ingredients: [
      g(food.cucumber, 150, t('grated', 'geraspelt')),
      g(food.salt, 1),
      g(food.lactoseFreeYogurt, 200),
      g(food.garlicOil, 10),
      g(food.dill, 3, chopped),
      g(food.carrots, 200, sticks),
      g(food.redPepper, 80, sticks),
    ],
    steps: [
      t('Salt the grated cucumber lightly and squeeze out the liquid.', 'Die geraspelte Gurke leicht salzen und ausdrücken.'),
      t('Mix with the yogurt, garlic-infused oil and dill.', 'Mit Joghurt, Knoblauchöl und Dill verrühren.'),
      t('Serve with the carrot and pepper sticks.', 'Mit den Karotten- und Paprikasticks servieren.'),
    ],
  },

  // ── Fermented cups, soups and bites ──
  {
    id: 's-kefir-raspberry-flax',
    name: t('Kefir cup with raspberries and flaxseed', 'Kefirbecher mit Himbeeren und Leinsamen'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 3,
    cookMinutes: 0,
    ingredients: [ml(food.kefir, 150), g(food.raspberries, 80), g(food.flaxseed, 10, ground)],
    steps: [
      t('Pour the kefir into a glass or bowl.', 'Den Kefir in ein Glas oder eine Schale gießen.'),
      t('Add the raspberries and sprinkle with the flaxseed.', 'Die Himbeeren zugeben und mit dem Leinsamen bestreuen.'),
    ],
  },
  {
    id: 's-lactose-free-yogurt-blueberry-chia',
    name: t('Lactose-free yogurt with blueberries and chia', 'Laktosefreier Joghurt mit Heidelbeeren und Chia'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 3,
    cookMinutes: 0,
    ingredients: [
      g(food.lactoseFreeYogurt, 150),
      g(food.chia, 10),
      g(food.blueberries, 60),
      g(food.pumpkinSeeds, 5),
    ],
    steps: [
      t('Stir the chia seeds into the yogurt and leave for 5 minutes.', 'Die Chiasamen in den Joghurt rühren und 5 Minuten quellen lassen.'),
      t('Top with the blueberries and pumpkin seeds.', 'Mit Heidelbeeren und Kürbiskernen bestreuen.'),
    ],
  },
  {
    id: 's-yogurt-raspberry-oat-crunch',
    name: t('Yogurt with raspberries and toasted oats', 'Joghurt mit Himbeeren und gerösteten Haferflocken'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 3,
    cookMinutes: 3,
    ingredients: [g(food.oats, 20), g(food.hazelnuts, 10, chopped), g(food.yogurt, 150), g(food.raspberries, 80)],
    steps: [
      t(
        'Toast the oats and hazelnuts in a dry pan for 3 minutes.',
        'Haferflocken und Haselnüsse in einer Pfanne ohne Fett 3 Minuten rösten.',
      ),
      t('Spoon over the yogurt with the raspberries.', 'Mit den Himbeeren über den Joghurt geben.'),
    ],
  },
  {
    id: 's-miso-soup-cup',
    name: t('Quick miso soup with tofu, wakame and edamame', 'Schnelle Misosuppe mit Tofu, Wakame und Edamame'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 3,
    cookMinutes: 5,
    ingredients: [
      ml(food.water, 250),
      g(food.firmTofu, 60, t('cubed', 'gewürfelt')),
      g(food.wakame, 5),
      g(food.edamame, 40, t('shelled', 'ausgelöst')),
      g(food.spinach, 30),
      g(food.miso, 15),
      g(food.chives, 3, t('snipped', 'in Röllchen')),
    ],
    steps: [
      t(
        'Heat the water with the tofu, wakame, edamame and spinach for 3 minutes.',
        'Das Wasser mit Tofu, Wakame, Edamame und Spinat 3 Minuten erhitzen.',
      ),
      t(
        'Take off the heat and stir in the miso without boiling it again.',
        'Vom Herd nehmen und das Miso einrühren, ohne die Suppe noch einmal aufzukochen.',
      ),
      t('Pour into a mug and sprinkle with chives.', 'In eine Tasse füllen und mit Schnittlauch bestreuen.'),
    ],
  },
  {
    id: 's-kimchi-rice-cakes-avocado',
    name: t('Rice cakes with avocado and kimchi', 'Reiswaffeln mit Avocado und Kimchi'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [
      g(food.riceCakes, 20, t('2 rice cakes', '2 Reiswaffeln')),
      g(food.avocado, 30),
      g(food.kimchiVegan, 60),
      g(food.sesameSeeds, 3),
    ],
    steps: [
      t('Spread the rice cakes with the mashed avocado.', 'Die Reiswaffeln mit der zerdrückten Avocado bestreichen.'),
      t('Top with the kimchi and sprinkle with sesame seeds.', 'Mit Kimchi belegen und mit Sesam bestreuen.'),
    ],
  },
  {
    id: 's-sauerkraut-apple-salad',
    name: t('Raw sauerkraut salad with apple and walnuts', 'Rohkostsalat aus Sauerkraut, Apfel und Walnüssen'),
    slots: ['snack'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 0,
    ingredients: [
      g(food.sauerkraut, 160),
      g(food.apple, 200, t('grated', 'geraspelt')),
      g(food.carrots, 100, t('grated', 'geraspelt')),
      g(food.rapeseedOil, 10),
      g(food.walnuts, 20, chopped),
      g(food.parsley, 5, chopped),
    ],
    steps: [
      t('Loosen the sauerkraut with a fork and chop it roughly.', 'Das Sauerkraut mit einer Gabel auflockern und grob hacken.'),
      t('Mix with the apple, carrot and rapeseed oil.', 'Mit Apfel, Karotte und Rapsöl mischen.'),
      t('Scatter with the walnuts and parsley.', 'Mit Walnüssen und Petersilie bestreuen.'),
    ],
  },
  {
    id: 's-kombucha-almonds-blueberries',
    name: t('Kombucha with almonds, blueberries and pumpkin seeds', 'Kombucha mit Mandeln, Heidelbeeren und Kürbiskernen'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 2,
    cookMinutes: 0,
    ingredients: [
      ml(food.kombucha, 180),
      g(food.almonds, 12, t('about 10 almonds', 'etwa 10 Mandeln')),
      g(food.blueberries, 80),
      g(food.pumpkinSeeds, 10),
    ],
    steps: [
      t('Pour the chilled kombucha into a glass.', 'Den gekühlten Kombucha in ein Glas gießen.'),
      t('Serve with the almonds, blueberries and pumpkin seeds.', 'Mit Mandeln, Heidelbeeren und Kürbiskernen servieren.'),
    ],
  },
  {
    id: 's-tempeh-bites-ginger',
    name: t('Crispy tamari-ginger tempeh bites with vegetable sticks', 'Knusprige Tempeh-Würfel mit Tamari und Ingwer, dazu Gemüsesticks'),
    slots: ['snack'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 10,
    ingredients: [
      g(food.tempeh, 100, t('cut into small cubes', 'in kleine Würfel geschnitten')),
      g(food.sesameOil, 5),
      g(food.tamari, 10),
      g(food.ginger, 5, t('grated', 'gerieben')),
      g(food.mapleSyrup, 5),
      g(food.sesameSeeds, 5),
      g(food.cucumber, 100, sticks),
      g(food.carrots, 100, sticks),
    ],
    steps: [
      t('Fry the tempeh in the sesame oil for 6–8 minutes until golden.', 'Den Tempeh im Sesamöl 6–8 Minuten goldbraun braten.'),
      t(
        'Add the tamari, ginger and maple syrup and toss until glazed.',
        'Tamari, Ingwer und Ahornsirup zugeben und schwenken, bis alles glasiert ist.',
      ),
      t(
        'Sprinkle with sesame seeds and serve with the cucumber and carrot sticks.',
        'Mit Sesam bestreuen und mit den Gurken- und Karottensticks servieren.',
      ),
    ],
  },

  // ── Fruit with nuts and seeds ──
  {
    id: 's-apple-almond-butter',
    name: t('Apple wedges with almond butter and cinnamon', 'Apfelspalten mit Mandelmus und Zimt'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 3,
    cookMinutes: 0,
    ingredients: [g(food.apple, 150), g(food.almondButter, 15), g(food.cinnamon, 0.5)],
    steps: [
      t('Core the apple and cut it into wedges.', 'Den Apfel entkernen und in Spalten schneiden.'),
      t('Dust with cinnamon and serve with the almond butter.', 'Mit Zimt bestäuben und mit dem Mandelmus servieren.'),
    ],
  },
  {
    id: 's-banana-peanut-butter-chia',
    name: t('Firm banana with peanut butter and chia', 'Feste Banane mit Erdnussmus und Chia'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 3,
    cookMinutes: 0,
    ingredients: [
      g(food.banana, 100, t('firm, not fully ripe', 'fest, nicht ganz reif')),
      g(food.peanutButter, 15),
      g(food.chia, 5),
    ],
    steps: [
      t('Halve the banana lengthways.', 'Die Banane längs halbieren.'),
      t('Spread with the peanut butter and sprinkle with chia seeds.', 'Mit Erdnussmus bestreichen und mit Chiasamen bestreuen.'),
    ],
  },
  {
    id: 's-kiwi-walnuts-pumpkin-seeds',
    name: t('Kiwi with walnuts and pumpkin seeds', 'Kiwi mit Walnüssen und Kürbiskernen'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 3,
    cookMinutes: 0,
    ingredients: [g(food.kiwi, 150, t('2 kiwis', '2 Kiwis')), g(food.walnuts, 15), g(food.pumpkinSeeds, 10)],
    steps: [
      t('Halve the kiwis and scoop them out with a spoon.', 'Die Kiwis halbieren und auslöffeln.'),
      t('Eat with the walnuts and pumpkin seeds.', 'Zusammen mit den Walnüssen und Kürbiskernen essen.'),
    ],
  },
  {
    id: 's-orange-brazil-nuts',
    name: t('Orange with Brazil nuts and pecans', 'Orange mit Paranüssen und Pekannüssen'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 3,
    cookMinutes: 0,
    ingredients: [g(food.orange, 150), g(food.brazilNuts, 10), g(food.pecans, 10)],
    steps: [
      t('Peel the orange and divide it into segments.', 'Die Orange schälen und in Spalten teilen.'),
      t('Serve with the nuts.', 'Mit den Nüssen servieren.'),
    ],
  },
  {
    id: 's-papaya-lime-coconut',
    name: t('Papaya with lime, coconut and pumpkin seeds', 'Papaya mit Limette, Kokos und Kürbiskernen'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [
      g(food.papaya, 140, t('peeled, seeds removed', 'geschält, entkernt')),
      g(food.limeJuice, 5),
      g(food.desiccatedCoconut, 10),
      g(food.pumpkinSeeds, 15),
    ],
    steps: [
      t('Cut the papaya into chunks.', 'Die Papaya in Stücke schneiden.'),
      t('Drizzle with lime juice and scatter with the coconut and pumpkin seeds.', 'Mit Limettensaft beträufeln und mit Kokosraspeln und Kürbiskernen bestreuen.'),
    ],
  },
  {
    id: 's-pear-walnuts-gruyere',
    name: t('Pear with walnuts and Gruyère', 'Birne mit Walnüssen und Gruyère'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 3,
    cookMinutes: 0,
    ingredients: [g(food.pear, 150), g(food.walnuts, 15), g(food.gruyere, 20, t('thinly sliced', 'dünn geschnitten'))],
    steps: [
      t('Core the pear and cut it into wedges.', 'Die Birne entkernen und in Spalten schneiden.'),
      t('Serve with the walnuts and cheese.', 'Mit den Walnüssen und dem Käse servieren.'),
    ],
  },
  {
    id: 's-dark-chocolate-walnuts-strawberries',
    name: t(
      'Dark chocolate (70 %+) with walnuts and strawberries',
      'Zartbitterschokolade (ab 70 %) mit Walnüssen und Erdbeeren',
    ),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 2,
    cookMinutes: 0,
    ingredients: [g(food.darkChocolate, 20), g(food.walnuts, 15), g(food.strawberries, 65)],
    steps: [
      t('Break the chocolate into pieces.', 'Die Schokolade in Stücke brechen.'),
      t('Serve with the walnuts and strawberries.', 'Mit den Walnüssen und Erdbeeren servieren.'),
    ],
  },
  {
    id: 's-nut-seed-mix',
    name: t('Nut and seed mix with walnuts, peanuts and pumpkin seeds', 'Nuss-Saaten-Mischung mit Walnüssen, Erdnüssen und Kürbiskernen'),
    slots: ['snack'],
    servings: 4,
    prepMinutes: 5,
    cookMinutes: 3,
    ingredients: [
      g(food.pumpkinSeeds, 40),
      g(food.desiccatedCoconut, 20, t('coconut chips', 'Kokoschips')),
      g(food.walnuts, 40),
      g(food.peanuts, 30),
      g(food.almonds, 30),
      g(food.cinnamon, 1),
    ],
    steps: [
      t(
        'Toast the pumpkin seeds and coconut in a dry pan for 2–3 minutes.',
        'Kürbiskerne und Kokos in einer Pfanne ohne Fett 2–3 Minuten rösten.',
      ),
      t('Mix with the nuts and cinnamon.', 'Mit den Nüssen und dem Zimt mischen.'),
      t('Portion into four small jars or bags.', 'In vier kleine Gläser oder Beutel portionieren.'),
    ],
  },

  // ── Crackers, cakes and toast ──
  {
    id: 's-rye-crispbread-cottage-radish',
    name: t('Rye crispbread with cottage cheese, radishes and chives', 'Roggenknäckebrot mit Hüttenkäse, Radieschen und Schnittlauch'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [
      g(food.ryeCrispbread, 25),
      g(food.cottageCheese, 60),
      g(food.radishes, 50, sliced),
      g(food.chives, 3, t('snipped', 'in Röllchen')),
      g(food.blackPepper, 0.3),
    ],
    steps: [
      t('Spread the crispbread with the cottage cheese.', 'Das Knäckebrot mit Hüttenkäse bestreichen.'),
      t('Top with the radishes, chives and black pepper.', 'Mit Radieschen, Schnittlauch und schwarzem Pfeffer belegen.'),
    ],
  },
  {
    id: 's-rye-crispbread-smoked-salmon',
    name: t('Rye crispbread with smoked salmon, cucumber and dill', 'Roggenknäckebrot mit Räucherlachs, Gurke und Dill'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [
      g(food.ryeCrispbread, 25),
      g(food.cucumber, 40, sliced),
      g(food.smokedSalmon, 30),
      g(food.lemonJuice, 3),
      g(food.dill, 2),
    ],
    steps: [
      t('Top the crispbread with the cucumber and smoked salmon.', 'Das Knäckebrot mit Gurke und Räucherlachs belegen.'),
      t('Drizzle with lemon juice and scatter with dill.', 'Mit Zitronensaft beträufeln und mit Dill bestreuen.'),
    ],
  },
  {
    id: 's-buckwheat-rice-cakes-peanut-strawberry',
    name: t('Buckwheat rice cakes with peanut butter and strawberries', 'Buchweizen-Reiswaffeln mit Erdnussmus und Erdbeeren'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 3,
    cookMinutes: 0,
    ingredients: [
      g(food.buckwheatRiceCakes, 20, t('2 rice cakes', '2 Reiswaffeln')),
      g(food.peanutButter, 15),
      g(food.strawberries, 65, sliced),
      g(food.chia, 5),
    ],
    steps: [
      t('Spread the rice cakes with the peanut butter.', 'Die Reiswaffeln mit Erdnussmus bestreichen.'),
      t('Top with the strawberries and sprinkle with chia seeds.', 'Mit den Erdbeeren belegen und mit Chiasamen bestreuen.'),
    ],
  },
  {
    id: 's-gluten-free-toast-peanut-raspberry',
    name: t('Gluten-free toast with peanut butter and raspberries', 'Glutenfreier Toast mit Erdnussmus und Himbeeren'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 3,
    cookMinutes: 3,
    ingredients: [
      g(food.glutenFreeBread, 40, t('1 slice, toasted', '1 Scheibe, getoastet')),
      g(food.peanutButter, 15),
      g(food.raspberries, 60),
    ],
    steps: [
      t('Spread the toast with the peanut butter.', 'Den Toast mit Erdnussmus bestreichen.'),
      t('Press the raspberries lightly into the peanut butter.', 'Die Himbeeren leicht in das Erdnussmus drücken.'),
    ],
  },
  {
    id: 's-seed-crackers',
    name: t('Gluten-free seed crackers', 'Glutenfreies Saaten-Knäckebrot'),
    slots: ['snack'],
    servings: 4,
    prepMinutes: 15,
    cookMinutes: 55,
    ingredients: [
      g(food.pumpkinSeeds, 30),
      g(food.sunflowerSeeds, 30),
      g(food.sesameSeeds, 20),
      g(food.flaxseed, 30),
      g(food.chia, 20),
      g(food.glutenFreeOats, 20),
      g(food.salt, 1.5),
      ml(food.water, 125),
    ],
    steps: [
      t(
        'Mix the seeds, oats and salt, pour over the water and leave to swell for 15 minutes.',
        'Saaten, Haferflocken und Salz mischen, mit dem Wasser übergießen und 15 Minuten quellen lassen.',
      ),
      t('Heat the oven to 160 °C.', 'Den Backofen auf 160 °C vorheizen.'),
      t(
        'Spread the mixture thinly on half a lined tray and bake for 30 minutes.',
        'Die Masse dünn auf einer Hälfte eines mit Backpapier belegten Blechs verstreichen und 30 Minuten backen.',
      ),
      t(
        'Cut into squares and bake for another 25 minutes until crisp.',
        'In Quadrate schneiden und weitere 25 Minuten knusprig backen.',
      ),
    ],
  },
  {
    id: 's-popcorn-olive-oil-paprika',
    name: t('Stovetop popcorn with olive oil and smoked paprika', 'Popcorn aus dem Topf mit Olivenöl und Räucherpaprika'),
    slots: ['snack'],
    servings: 2,
    prepMinutes: 2,
    cookMinutes: 5,
    ingredients: [
      g(food.oliveOil, 10),
      g(food.popcorn, 50, t('popping corn kernels', 'Popcorn-Maiskörner')),
      g(food.paprika, 2, t('smoked', 'geräuchert')),
      g(food.salt, 1),
    ],
    steps: [
      t('Heat the oil in a large pot with a lid and add the kernels.', 'Das Öl in einem großen Topf mit Deckel erhitzen und die Maiskörner zugeben.'),
      t(
        'Shake the pot over a medium heat until the popping slows down.',
        'Den Topf bei mittlerer Hitze rütteln, bis das Knallen nachlässt.',
      ),
      t('Toss with the paprika and salt.', 'Mit Paprikapulver und Salz vermengen.'),
    ],
  },

  // ── Sweet bites, puddings and bakes ──
  {
    id: 's-oat-energy-balls',
    name: t(
      'Gluten-free oat energy balls with peanut butter and cocoa',
      'Glutenfreie Hafer-Energiekugeln mit Erdnussmus und Kakao',
    ),
    slots: ['snack'],
    servings: 4,
    prepMinutes: 15,
    cookMinutes: 0,
    ingredients: [
      g(food.glutenFreeOats, 80),
      g(food.chia, 15),
      g(food.flaxseed, 15, ground),
      g(food.cocoa, 10),
      g(food.peanutButter, 60),
      g(food.mapleSyrup, 25),
    ],
    steps: [
      t(
        'Mix the oats, chia seeds, flaxseed and cocoa in a bowl.',
        'Haferflocken, Chiasamen, Leinsamen und Kakao in einer Schüssel mischen.',
      ),
      t(
        'Stir in the peanut butter and maple syrup until the mixture holds together.',
        'Erdnussmus und Ahornsirup unterrühren, bis die Masse zusammenhält.',
      ),
      t('Roll into 8 balls with damp hands.', 'Mit feuchten Händen 8 Kugeln formen.'),
      t(
        'Chill for 30 minutes; they keep for 5 days in the fridge.',
        '30 Minuten kühlen; im Kühlschrank halten sie sich 5 Tage.',
      ),
    ],
  },
  {
    id: 's-date-walnut-cocoa-balls',
    name: t('Date and walnut cocoa balls', 'Dattel-Walnuss-Kugeln mit Kakao'),
    slots: ['snack'],
    servings: 4,
    prepMinutes: 20,
    cookMinutes: 0,
    ingredients: [
      g(food.dates, 100, t('pitted', 'entsteint')),
      g(food.walnuts, 80),
      g(food.cocoa, 10),
      g(food.desiccatedCoconut, 10),
    ],
    steps: [
      t('Soak the dates in hot water for 10 minutes and drain.', 'Die Datteln 10 Minuten in heißem Wasser einweichen und abtropfen lassen.'),
      t(
        'Blend the walnuts to coarse crumbs, then add the dates and cocoa and blend to a sticky paste.',
        'Die Walnüsse grob zerkleinern, dann Datteln und Kakao zugeben und zu einer klebrigen Masse mixen.',
      ),
      t('Roll into 8 balls and coat them in the coconut.', 'Zu 8 Kugeln formen und in den Kokosraspeln wälzen.'),
    ],
  },
  {
    id: 's-chocolate-chia-pudding',
    name: t('Chocolate chia pudding with raspberries', 'Schoko-Chia-Pudding mit Himbeeren'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [
      ml(food.riceDrink, 120),
      g(food.cocoa, 5),
      g(food.mapleSyrup, 5),
      g(food.chia, 20),
      g(food.raspberries, 50),
    ],
    steps: [
      t(
        'Whisk the cocoa and maple syrup into the rice drink, then stir in the chia seeds.',
        'Kakao und Ahornsirup in den Reisdrink rühren, dann die Chiasamen einrühren.',
      ),
      t('Stir again after 5 minutes and chill for at least 2 hours.', 'Nach 5 Minuten erneut umrühren und mindestens 2 Stunden kühlen.'),
      t('Top with the raspberries.', 'Mit den Himbeeren servieren.'),
    ],
  },
  {
    id: 's-banana-oat-cookies',
    name: t('Banana oat cookies with walnuts', 'Bananen-Haferkekse mit Walnüssen'),
    slots: ['snack'],
    servings: 4,
    prepMinutes: 10,
    cookMinutes: 15,
    ingredients: [
      g(food.banana, 160, t('2 small ripe bananas', '2 kleine reife Bananen')),
      g(food.glutenFreeOats, 100),
      g(food.walnuts, 35, chopped),
      g(food.flaxseed, 15, ground),
      g(food.cinnamon, 2),
    ],
    steps: [
      t('Heat the oven to 180 °C.', 'Den Backofen auf 180 °C vorheizen.'),
      t(
        'Mash the bananas and mix with the oats, walnuts, flaxseed and cinnamon.',
        'Die Bananen zerdrücken und mit Haferflocken, Walnüssen, Leinsamen und Zimt vermengen.',
      ),
      t('Shape 8 flat cookies on a lined tray.', 'Auf einem mit Backpapier belegten Blech 8 flache Kekse formen.'),
      t(
        'Bake for 15 minutes until golden and leave to cool on the tray.',
        '15 Minuten goldbraun backen und auf dem Blech abkühlen lassen.',
      ),
    ],
  },
  {
    id: 's-raspberry-oat-bars',
    name: t('Gluten-free raspberry oat bars with chia and coconut', 'Glutenfreie Himbeer-Haferriegel mit Chia und Kokos'),
    slots: ['snack'],
    servings: 4,
    prepMinutes: 15,
    cookMinutes: 30,
    ingredients: [
      g(food.glutenFreeOats, 100),
      g(food.chia, 15),
      g(food.desiccatedCoconut, 15),
      g(food.pumpkinSeeds, 20),
      g(food.cinnamon, 1),
      g(food.salt, 0.5),
      g(food.coconutOil, 20),
      g(food.mapleSyrup, 25),
      g(food.raspberries, 100),
    ],
    steps: [
      t(
        'Heat the oven to 180 °C and line a small loaf tin with baking paper.',
        'Den Backofen auf 180 °C vorheizen und eine kleine Kastenform mit Backpapier auslegen.',
      ),
      t(
        'Mix the oats, chia seeds, coconut, pumpkin seeds, cinnamon and salt.',
        'Haferflocken, Chiasamen, Kokosraspel, Kürbiskerne, Zimt und Salz mischen.',
      ),
      t(
        'Melt the coconut oil with the maple syrup and stir it into the dry mix.',
        'Das Kokosöl mit dem Ahornsirup schmelzen und unter die trockenen Zutaten rühren.',
      ),
      t(
        'Press two thirds into the tin, cover with the lightly crushed raspberries and crumble the rest on top.',
        'Zwei Drittel in die Form drücken, die leicht zerdrückten Himbeeren darauf verteilen und den Rest darüberbröseln.',
      ),
      t(
        'Bake for 30 minutes, leave to cool completely and cut into 4 bars.',
        '30 Minuten backen, vollständig abkühlen lassen und in 4 Riegel schneiden.',
      ),
    ],
  },
  {
    id: 's-banana-cocoa-nice-cream',
    name: t('Banana cocoa ice cream with peanuts', 'Bananen-Kakao-Eis mit Erdnüssen'),
    slots: ['snack'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [
      g(food.banana, 120, t('ripe, sliced and frozen', 'reif, in Scheiben geschnitten und eingefroren')),
      g(food.cocoa, 5),
      ml(food.riceDrink, 30),
      g(food.peanuts, 10, chopped),
    ],
    steps: [
      t('Freeze the banana slices for at least 3 hours.', 'Die Bananenscheiben mindestens 3 Stunden einfrieren.'),
      t('Blend the frozen banana with the cocoa and rice drink until creamy.', 'Die gefrorene Banane mit Kakao und Reisdrink cremig mixen.'),
      t('Serve at once, sprinkled with the peanuts.', 'Sofort mit den Erdnüssen bestreut servieren.'),
    ],
  },
]
