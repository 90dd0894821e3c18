/**
 * Built-in vegan breakfasts and snacks written to fit people who also avoid gluten, lactose and
 * FODMAPs, so that a week's breakfasts need not repeat. Quantities are for the stated servings,
 * in grams or millilitres; water is not listed. Diets, allergens, FODMAP and nutrition are
 * derived from the ingredients by the food rules, never written here.
 *
 * No plant drink is rated low in every FODMAP subgroup, so these are made with water, fruit,
 * tofu, tempeh and gluten-free grains. Foods rated low only up to a serve stay within it together
 * per serving (firm tofu ≤ 170 g, tempeh ≤ 100 g, gluten-free oats ≤ 40 g, seeds and peanuts
 * ≈ 30 g), and no recipe uses tree nuts. Unrated spices are used by the small pinch.
 */
import type { Recipe } from '../types'
import { g, ml, t } from './build'

/** Catalogue ids: USDA SR24 NDB numbers, and curated `gp-` ids for foods SR24 lacks. */
const food = {
  basil: '02044', // Basil, fresh
  blueberries: '09050', // Blueberries, raw
  bokChoy: '11116', // Cabbage, chinese (pak-choi), raw
  brownRiceMedium: '20040', // Rice, brown, medium-grain, raw
  buckwheat: '20008', // Buckwheat
  buckwheatFlour: '20011', // Buckwheat flour, whole-groat
  carrots: '11124', // Carrots, raw
  chia: '12006', // Seeds, chia seeds, dried
  chives: '11156', // Chives, raw
  cinnamon: '02010', // Spices, cinnamon, ground
  cucumber: '11205', // Cucumber, with peel, raw
  garlicOil: 'gp-garlic-infused-oil',
  glutenFreeOats: 'gp-gluten-free-oats',
  grapes: '09132', // Grapes, red or green (European type, such as Thompson seedless), raw
  kale: '11233', // Kale, raw
  kiwi: '09148', // Kiwifruit, green, raw
  lemonJuice: '09152', // Lemon juice, raw
  limeJuice: '09160', // Lime juice, raw
  millet: '20031', // Millet, raw
  oliveOil: '04053', // Oil, olive, salad or cooking
  orange: '09200', // Oranges, raw, all commercial varieties
  peanutButter: '16398', // Peanut butter, smooth style, without salt
  peanuts: '16390', // Peanuts, all types, dry-roasted, without salt
  pineapple: '09266', // Pineapple, raw, all varieties
  polenta: '20020', // Cornmeal, whole-grain, yellow
  potatoes: '11354', // Potatoes, white, flesh and skin, raw
  pumpkinSeeds: '12014', // Seeds, pumpkin and squash seed kernels, dried
  quinoa: '20035', // Quinoa, uncooked
  rapeseedOil: '04582', // Oil, canola
  raspberries: '09302', // Raspberries, raw
  riceFlour: '20090', // Rice flour, brown
  salt: '02047', // Salt, table
  sesameOil: '04058', // Oil, sesame, salad or cooking
  spinach: '11457', // Spinach, raw
  springOnionGreens: '11292', // Onions, young green, tops only
  sunflowerSeeds: '12036', // Seeds, sunflower seed kernels, dried
  tempeh: '16114', // Tempeh
  tofu: '16426', // Tofu, raw, firm, prepared with calcium sulfate
  tomatoes: '11529', // Tomatoes, red, ripe, raw, year round average
  turmeric: '02043', // Spices, turmeric, ground
} as const

const chopped = t('chopped', 'gehackt')
const pinch = t('a pinch', 'eine Prise')
const sticks = t('cut into sticks', 'in Sticks geschnitten')

export const breakfastsVegan: Recipe[] = [
  {
    id: 'b-tofu-scramble-potatoes-spinach-tomatoes',
    name: t('Tofu scramble with crispy potatoes, spinach and cherry tomatoes', 'Tofu-Rührei mit knusprigen Kartoffeln, Spinat und Kirschtomaten'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 20,
    ingredients: [
      g(food.tofu, 250, t('pressed and crumbled', 'gepresst und zerbröselt')),
      g(food.potatoes, 300, t('scrubbed, in small cubes', 'geschrubbt, in kleinen Würfeln')),
      g(food.spinach, 120),
      g(food.tomatoes, 200, t('cherry, halved', 'Kirschtomaten, halbiert')),
      g(food.turmeric, 0.1, t('a small pinch', 'eine kleine Prise')),
      ml(food.garlicOil, 15),
      ml(food.rapeseedOil, 10),
      g(food.chives, 8, chopped),
      g(food.salt, 2),
    ],
    steps: [
      t('Fry the potatoes in the rapeseed oil with a pinch of salt for 15 minutes, turning often, until crisp.', 'Kartoffeln mit einer Prise Salz im Rapsöl 15 Minuten knusprig braten und dabei oft wenden.'),
      t('In a second pan, fry the tofu in the garlic oil with the turmeric and the rest of the salt for 5 minutes.', 'In einer zweiten Pfanne den Tofu mit Kurkuma und dem restlichen Salz im Knoblauchöl 5 Minuten braten.'),
      t('Add the tomatoes for 2 minutes, then fold in the spinach until it wilts.', 'Tomaten 2 Minuten mitbraten, dann den Spinat unterheben, bis er zusammenfällt.'),
      t('Serve the scramble with the potatoes, scattered with chives.', 'Tofu-Rührei mit den Kartoffeln servieren und mit Schnittlauch bestreuen.'),
    ],
  },
  {
    id: 'b-buckwheat-pancakes-blueberries-peanut-butter',
    name: t('Buckwheat pancakes with blueberries and peanut butter', 'Buchweizenpfannkuchen mit Heidelbeeren und Erdnussbutter'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 15,
    ingredients: [
      g(food.buckwheatFlour, 120),
      g(food.chia, 10, t('ground', 'gemahlen')),
      g(food.blueberries, 200),
      g(food.peanutButter, 30, t('smooth', 'cremig')),
      ml(food.rapeseedOil, 10),
      g(food.salt, 0.5, pinch),
    ],
    steps: [
      t('Stir the ground chia into 60 ml water and leave for 5 minutes to thicken.', 'Gemahlene Chiasamen in 60 ml Wasser einrühren und 5 Minuten quellen lassen.'),
      t('Whisk the buckwheat flour and salt with 200 ml water and the chia into a thick batter; fold in half the blueberries.', 'Buchweizenmehl und Salz mit 200 ml Wasser und den Chiasamen zu einem dicken Teig verrühren; die Hälfte der Heidelbeeren unterheben.'),
      t('Cook small pancakes in a lightly oiled pan for 2 to 3 minutes on each side.', 'In einer leicht geölten Pfanne kleine Pfannkuchen je Seite 2 bis 3 Minuten backen.'),
      t('Warm the rest of the blueberries with a splash of water until they burst.', 'Die restlichen Heidelbeeren mit einem Schuss Wasser erwärmen, bis sie aufplatzen.'),
      t('Serve the pancakes with the warm berries and the peanut butter.', 'Pfannkuchen mit den warmen Beeren und der Erdnussbutter servieren.'),
    ],
  },
  {
    id: 'b-millet-porridge-orange-kiwi-sunflower-seeds',
    name: t('Cinnamon millet porridge with orange, kiwi and sunflower seeds', 'Hirsebrei mit Zimt, Orange, Kiwi und Sonnenblumenkernen'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 5,
    cookMinutes: 20,
    ingredients: [
      g(food.millet, 120, t('rinsed', 'gewaschen')),
      g(food.orange, 150, t('1 orange, zest and segments', '1 Orange, Schale und Filets')),
      g(food.kiwi, 150, t('2 kiwis, sliced', '2 Kiwis, in Scheiben')),
      g(food.sunflowerSeeds, 30, t('toasted', 'geröstet')),
      g(food.cinnamon, 0.2, pinch),
      g(food.salt, 0.3, pinch),
    ],
    steps: [
      t('Simmer the millet in 500 ml water with the salt for 20 minutes, stirring now and then, until creamy.', 'Hirse mit dem Salz in 500 ml Wasser 20 Minuten cremig köcheln und dabei ab und zu umrühren.'),
      t('Stir in the orange zest and the cinnamon.', 'Orangenschale und Zimt unterrühren.'),
      t('Serve topped with the orange segments, kiwi and sunflower seeds.', 'Mit Orangenfilets, Kiwi und Sonnenblumenkernen belegt servieren.'),
    ],
  },
  {
    id: 'b-brown-rice-congee-tofu-bok-choy',
    name: t('Brown rice congee with tofu, bok choy and spring onion greens', 'Naturreis-Congee mit Tofu, Pak Choi und Frühlingszwiebelgrün'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 45,
    ingredients: [
      g(food.brownRiceMedium, 100),
      g(food.tofu, 200, t('in small cubes', 'in kleinen Würfeln')),
      g(food.bokChoy, 200, t('sliced', 'in Streifen')),
      g(food.carrots, 100, t('cut into matchsticks', 'in feinen Stiften')),
      g(food.peanuts, 10, t('roasted, chopped', 'geröstet, gehackt')),
      ml(food.garlicOil, 10),
      ml(food.sesameOil, 10),
      g(food.springOnionGreens, 10, t('green tops only, sliced', 'nur das Grün, in Ringen')),
      g(food.salt, 2),
    ],
    steps: [
      t('Simmer the rice in 1 litre water with the salt for 45 minutes, stirring now and then, until thick and creamy.', 'Reis mit dem Salz in 1 Liter Wasser 45 Minuten dick und cremig köcheln und dabei ab und zu umrühren.'),
      t('Fry the tofu in the garlic oil for 6 minutes until golden.', 'Tofu im Knoblauchöl 6 Minuten goldbraun braten.'),
      t('Stir the carrots and bok choy into the congee for the last 4 minutes.', 'Möhren und Pak Choi für die letzten 4 Minuten in den Congee rühren.'),
      t('Serve topped with the tofu, peanuts and spring onion greens, drizzled with the sesame oil.', 'Mit Tofu, Erdnüssen und Frühlingszwiebelgrün belegen und mit dem Sesamöl beträufelt servieren.'),
    ],
  },
  {
    id: 'b-tempeh-potato-hash-kale-tomatoes',
    name: t('Tempeh and potato hash with kale and tomatoes', 'Tempeh-Kartoffel-Pfanne mit Grünkohl und Tomaten'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 25,
    ingredients: [
      g(food.tempeh, 150, t('in small cubes', 'in kleinen Würfeln')),
      g(food.potatoes, 400, t('scrubbed, in small cubes', 'geschrubbt, in kleinen Würfeln')),
      g(food.kale, 100, t('stalks removed, shredded', 'ohne Strünke, in Streifen')),
      g(food.tomatoes, 200, t('in wedges', 'in Spalten')),
      ml(food.rapeseedOil, 10),
      ml(food.garlicOil, 15),
      g(food.chives, 8, chopped),
      g(food.salt, 2),
    ],
    steps: [
      t('Parboil the potatoes for 6 minutes and drain well.', 'Kartoffeln 6 Minuten vorkochen und gut abtropfen lassen.'),
      t('Fry them in the rapeseed oil for 12 minutes until crisp, then push to one side.', 'Im Rapsöl 12 Minuten knusprig braten und an den Rand schieben.'),
      t('Fry the tempeh in the garlic oil for 5 minutes until browned.', 'Tempeh im Knoblauchöl 5 Minuten anbraten.'),
      t('Add the kale and tomatoes with a splash of water and cook for 3 minutes; season with the salt.', 'Grünkohl und Tomaten mit einem Schuss Wasser zugeben, 3 Minuten garen und salzen.'),
      t('Serve scattered with chives.', 'Mit Schnittlauch bestreut servieren.'),
    ],
  },
  {
    id: 'b-buckwheat-galettes-tofu-spinach-tomato',
    name: t('Buckwheat galettes with garlicky tofu, spinach and tomato', 'Buchweizen-Galettes mit Knoblauch-Tofu, Spinat und Tomate'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 15,
    cookMinutes: 20,
    ingredients: [
      g(food.buckwheatFlour, 100),
      g(food.tofu, 200, t('pressed and crumbled', 'gepresst und zerbröselt')),
      g(food.spinach, 150),
      g(food.tomatoes, 200, t('diced', 'gewürfelt')),
      ml(food.garlicOil, 15),
      ml(food.rapeseedOil, 10),
      g(food.chives, 8, chopped),
      g(food.salt, 2),
    ],
    steps: [
      t('Whisk the buckwheat flour with 250 ml water and a pinch of salt and rest the batter for 10 minutes.', 'Buchweizenmehl mit 250 ml Wasser und einer Prise Salz verquirlen und den Teig 10 Minuten ruhen lassen.'),
      t('Fry the tofu in the garlic oil with the rest of the salt for 5 minutes, then stir in the spinach until wilted.', 'Tofu mit dem restlichen Salz im Knoblauchöl 5 Minuten braten, dann den Spinat unterrühren, bis er zusammenfällt.'),
      t('Cook thin galettes in a lightly oiled pan, 2 minutes on the first side, then turn.', 'In einer leicht geölten Pfanne dünne Galettes backen, 2 Minuten auf der ersten Seite, dann wenden.'),
      t('Fill each with the tofu, spinach and tomato, fold in the edges and serve with the chives.', 'Jede mit Tofu, Spinat und Tomate füllen, die Ränder einklappen und mit Schnittlauch servieren.'),
    ],
  },
  {
    id: 'b-bircher-oats-buckwheat-orange-raspberries',
    name: t('Overnight Bircher oats and buckwheat with orange and raspberries', 'Bircher-Hafer und Buchweizen über Nacht mit Orange und Himbeeren'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 0,
    ingredients: [
      g(food.glutenFreeOats, 60, t('gluten-free', 'glutenfrei')),
      g(food.buckwheat, 80, t('raw groats, rinsed', 'rohe Körner, gewaschen')),
      g(food.chia, 8),
      g(food.orange, 150, t('1 orange, zest and juice', '1 Orange, Schale und Saft')),
      g(food.raspberries, 150),
      g(food.salt, 0.3, pinch),
    ],
    steps: [
      t('Mix the oats, buckwheat, chia and salt with the orange zest and juice and 200 ml water.', 'Haferflocken, Buchweizen, Chiasamen und Salz mit Orangenschale, Orangensaft und 200 ml Wasser mischen.'),
      t('Cover and leave in the fridge overnight.', 'Abdecken und über Nacht in den Kühlschrank stellen.'),
      t('Stir, loosen with a splash of water if needed and serve topped with the raspberries.', 'Umrühren, bei Bedarf mit einem Schuss Wasser lockern und mit den Himbeeren servieren.'),
    ],
  },
  {
    id: 'b-quinoa-pineapple-kiwi-breakfast-bowl',
    name: t('Quinoa breakfast bowl with pineapple, kiwi, blueberries and pumpkin seeds', 'Quinoa-Frühstücksschale mit Ananas, Kiwi, Heidelbeeren und Kürbiskernen'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 15,
    ingredients: [
      g(food.quinoa, 100, t('rinsed', 'gewaschen')),
      g(food.pineapple, 200, t('fresh, diced', 'frisch, gewürfelt')),
      g(food.kiwi, 150, t('2 kiwis, diced', '2 Kiwis, gewürfelt')),
      g(food.blueberries, 100),
      g(food.pumpkinSeeds, 30, t('toasted', 'geröstet')),
      ml(food.limeJuice, 15),
    ],
    steps: [
      t('Cook the quinoa in 220 ml water for 15 minutes and leave to cool; it keeps in the fridge for 3 days.', 'Quinoa in 220 ml Wasser 15 Minuten garen und abkühlen lassen; im Kühlschrank hält sie 3 Tage.'),
      t('Toss the pineapple, kiwi and blueberries with the lime juice.', 'Ananas, Kiwi und Heidelbeeren mit dem Limettensaft mischen.'),
      t('Spoon the quinoa into bowls, top with the fruit and scatter with the pumpkin seeds.', 'Quinoa in Schalen geben, mit dem Obst belegen und mit den Kürbiskernen bestreuen.'),
    ],
  },
  {
    id: 'b-polenta-porridge-raspberries-peanut-butter',
    name: t('Creamy polenta porridge with raspberries and peanut butter', 'Cremiger Polentabrei mit Himbeeren und Erdnussbutter'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 5,
    cookMinutes: 12,
    ingredients: [
      g(food.polenta, 100),
      g(food.raspberries, 200),
      g(food.peanutButter, 30, t('smooth', 'cremig')),
      g(food.chia, 10),
      g(food.salt, 0.3, pinch),
    ],
    steps: [
      t('Whisk the polenta and salt into 500 ml simmering water and cook for 10 minutes, stirring, until thick and creamy.', 'Polenta und Salz in 500 ml siedendes Wasser einrühren und unter Rühren 10 Minuten dick und cremig garen.'),
      t('Stir in the chia seeds and half the raspberries, crushing them lightly.', 'Chiasamen und die Hälfte der Himbeeren unterrühren und dabei leicht zerdrücken.'),
      t('Serve topped with the rest of the raspberries and a spoonful of peanut butter.', 'Mit den restlichen Himbeeren und einem Löffel Erdnussbutter servieren.'),
    ],
  },
]

export const snacksVegan: Recipe[] = [
  {
    id: 's-crispy-tofu-bites-lime-chives',
    name: t('Crispy tofu bites with lime and chives', 'Knusprige Tofuwürfel mit Limette und Schnittlauch'),
    slots: ['snack'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 10,
    ingredients: [
      g(food.tofu, 200, t('pressed, in bite-sized cubes', 'gepresst, in mundgerechten Würfeln')),
      g(food.riceFlour, 20),
      ml(food.rapeseedOil, 15),
      ml(food.limeJuice, 15),
      g(food.chives, 6, chopped),
      g(food.salt, 1),
    ],
    steps: [
      t('Toss the tofu in the rice flour and salt.', 'Tofu in Reismehl und Salz wenden.'),
      t('Fry in the oil for 8 minutes, turning, until crisp on all sides.', 'Im Öl 8 Minuten rundum knusprig braten und dabei wenden.'),
      t('Sprinkle with the lime juice and chives and eat warm.', 'Mit Limettensaft und Schnittlauch bestreuen und warm essen.'),
    ],
  },
  {
    id: 's-buckwheat-seed-crackers-cucumber',
    name: t('Buckwheat and seed crackers with cucumber sticks', 'Buchweizen-Saaten-Cracker mit Gurkensticks'),
    slots: ['snack'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 30,
    ingredients: [
      g(food.buckwheatFlour, 50),
      g(food.pumpkinSeeds, 20),
      g(food.sunflowerSeeds, 20),
      g(food.chia, 10),
      ml(food.oliveOil, 10),
      g(food.cucumber, 200, sticks),
      g(food.salt, 1),
    ],
    steps: [
      t('Stir the chia into 80 ml water and leave for 10 minutes to thicken.', 'Chiasamen in 80 ml Wasser einrühren und 10 Minuten quellen lassen.'),
      t('Mix in the buckwheat flour, seeds, oil and salt to a firm dough.', 'Buchweizenmehl, Kerne, Öl und Salz zu einem festen Teig untermischen.'),
      t('Roll out thinly between two sheets of baking paper, score into crackers and bake at 170 °C for 30 minutes until crisp.', 'Zwischen zwei Bögen Backpapier dünn ausrollen, in Cracker einritzen und bei 170 °C 30 Minuten knusprig backen.'),
      t('Cool, break apart and serve with the cucumber sticks.', 'Abkühlen lassen, auseinanderbrechen und mit den Gurkensticks servieren.'),
    ],
  },
  {
    id: 's-baked-polenta-chips-tomato-salsa',
    name: t('Baked polenta chips with tomato and basil salsa', 'Gebackene Polenta-Pommes mit Tomaten-Basilikum-Salsa'),
    slots: ['snack'],
    servings: 2,
    prepMinutes: 15,
    cookMinutes: 35,
    ingredients: [
      g(food.polenta, 80),
      ml(food.oliveOil, 15),
      g(food.tomatoes, 200, t('finely diced', 'fein gewürfelt')),
      ml(food.lemonJuice, 10),
      g(food.basil, 3, t('leaves, shredded', 'Blätter, in Streifen')),
      g(food.salt, 1),
    ],
    steps: [
      t('Whisk the polenta into 320 ml boiling salted water and cook for 8 minutes until very thick; spread 1.5 cm deep in a lined tin and leave to set.', 'Polenta in 320 ml kochendes Salzwasser einrühren und 8 Minuten sehr dick einkochen; 1,5 cm hoch in eine ausgelegte Form streichen und fest werden lassen.'),
      t('Cut into chips, toss with the oil and bake at 220 °C for 25 minutes, turning once.', 'In Stäbchen schneiden, mit dem Öl mischen und bei 220 °C 25 Minuten backen, einmal wenden.'),
      t('Mix the tomatoes with the lemon juice, basil and a pinch of salt.', 'Tomaten mit Zitronensaft, Basilikum und einer Prise Salz mischen.'),
      t('Serve the chips warm with the salsa.', 'Die Pommes warm mit der Salsa servieren.'),
    ],
  },
  {
    id: 's-pineapple-kiwi-grapes-sunflower-seeds',
    name: t('Pineapple, kiwi and grape pots with toasted sunflower seeds', 'Ananas, Kiwi und Trauben im Glas mit gerösteten Sonnenblumenkernen'),
    slots: ['snack'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 3,
    ingredients: [
      g(food.pineapple, 200, t('fresh, diced', 'frisch, gewürfelt')),
      g(food.kiwi, 150, t('2 kiwis, diced', '2 Kiwis, gewürfelt')),
      g(food.grapes, 100, t('halved', 'halbiert')),
      g(food.sunflowerSeeds, 30),
      ml(food.limeJuice, 10),
    ],
    steps: [
      t('Toast the sunflower seeds in a dry pan for 3 minutes until golden.', 'Sonnenblumenkerne in einer trockenen Pfanne 3 Minuten goldbraun rösten.'),
      t('Toss the fruit with the lime juice and divide between two jars.', 'Obst mit dem Limettensaft mischen und auf zwei Gläser verteilen.'),
      t('Scatter with the seeds just before eating.', 'Kurz vor dem Essen mit den Kernen bestreuen.'),
    ],
  },
  {
    id: 's-mini-potato-rosti-tomato-salsa',
    name: t('Mini potato rösti with tomato and chive salsa', 'Mini-Kartoffelrösti mit Tomaten-Schnittlauch-Salsa'),
    slots: ['snack'],
    servings: 2,
    prepMinutes: 15,
    cookMinutes: 15,
    ingredients: [
      g(food.potatoes, 250, t('coarsely grated, squeezed dry', 'grob gerieben, ausgedrückt')),
      g(food.riceFlour, 15),
      ml(food.rapeseedOil, 15),
      g(food.tomatoes, 150, t('finely diced', 'fein gewürfelt')),
      g(food.chives, 6, chopped),
      g(food.salt, 1),
    ],
    steps: [
      t('Mix the potato with the rice flour and a pinch of salt.', 'Kartoffel mit dem Reismehl und einer Prise Salz mischen.'),
      t('Fry six small rösti in the oil for 5 minutes on each side until crisp.', 'Sechs kleine Rösti im Öl je Seite 5 Minuten knusprig braten.'),
      t('Mix the tomatoes with the chives and the rest of the salt and spoon over the rösti.', 'Tomaten mit Schnittlauch und dem restlichen Salz mischen und auf die Rösti geben.'),
    ],
  },
]
