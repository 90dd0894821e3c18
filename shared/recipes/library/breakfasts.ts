/**
 * Built-in breakfast recipes. Gutplan's own, written for the library.
 *
 * Quantities are for the stated servings, in grams or millilitres. Diets, flags and nutrition
 * are derived from the ingredients by the food rules, so nothing here is tagged by hand. For
 * the low-FODMAP profile the per-serving amounts stay within the Monash serves quoted in
 * REFERENCE §2b/§2c wherever a recipe is meant to fit it (oats ≤ 50 g, strawberries ≤ 65 g,
 * canned rinsed chickpeas ≈ 40 g, red pepper ≈ 40 g, avocado ≈ 30 g, almonds ≈ 10 g).
 */
import type { Recipe } from '../types'
import { g, ml, t } from './build'

/** Catalogue ids: USDA SR24 NDB numbers, and curated `gp-` ids for foods SR24 lacks. */
const food = {
  // Grains, flours and breads
  oats: '08120', // Cereals, oats, regular and quick, not fortified, dry
  glutenFreeOats: 'gp-gluten-free-oats',
  oatBran: '20033', // Oat bran, raw
  buckwheatGroats: '20009', // Buckwheat groats, roasted, dry
  buckwheatFlour: '20011', // Buckwheat flour, whole-groat
  quinoa: '20035', // Quinoa, uncooked
  millet: '20031', // Millet, raw
  teff: '20142', // Teff, uncooked
  brownRice: '20036', // Rice, brown, long-grain, raw
  wholeWheatFlour: '20080', // Wheat flour, whole-grain
  sourdoughWheat: 'gp-sourdough-wheat',
  sourdoughSpelt: 'gp-sourdough-spelt',
  glutenFreeBread: 'gp-gluten-free-bread',
  ryeBread: '18060', // Bread, rye
  pumpernickel: '18044', // Bread, pumpernickel
  cornTortillas: '18363', // Tortillas, ready-to-bake or -fry, corn
  bakingPowder: '18370', // Leavening agents, baking powder, double-acting, straight phosphate
  // Seeds and nuts
  chia: '12006', // Seeds, chia seeds, dried
  flaxseed: '12220', // Seeds, flaxseed
  pumpkinSeeds: '12014', // Seeds, pumpkin and squash seed kernels, dried
  sunflowerSeeds: '12036', // Seeds, sunflower seed kernels, dried
  sesameSeeds: '12023', // Seeds, sesame seeds, whole, dried
  walnuts: '12155', // Nuts, walnuts, english
  almonds: '12061', // Nuts, almonds
  hazelnuts: '12120', // Nuts, hazelnuts or filberts
  pecans: '12142', // Nuts, pecans
  peanuts: '16390', // Peanuts, all types, dry-roasted, without salt
  peanutButter: '16398', // Peanut butter, smooth style, without salt
  desiccatedCoconut: '12108', // Nuts, coconut meat, dried (desiccated), not sweetened
  // Fruit
  blueberries: '09050', // Blueberries, raw
  frozenBlueberries: '09054', // Blueberries, frozen, unsweetened
  raspberries: '09302', // Raspberries, raw
  strawberries: '09316', // Strawberries, raw
  kiwi: '09148', // Kiwifruit, green, raw
  banana: '09040', // Bananas, raw
  orange: '09200', // Oranges, raw, all commercial varieties
  apple: '09003', // Apples, raw, with skin
  pear: '09252', // Pears, raw
  mango: '09176', // Mangos, raw
  lemonJuice: '09152', // Lemon juice, raw
  limeJuice: '09160', // Lime juice, raw
  avocado: '09037', // Avocados, raw, all commercial varieties
  // Dairy, eggs and drinks
  kefir: 'gp-kefir',
  yogurt: '01116', // Yogurt, plain, whole milk
  lactoseFreeYogurt: 'gp-lactose-free-yogurt',
  milk: '01077', // Milk, whole, 3.25% milkfat, with added vitamin D
  lactoseFreeMilk: 'gp-lactose-free-milk',
  cottageCheese: '01012', // Cheese, cottage, creamed, large or small curd
  egg: '01123', // Egg, whole, raw, fresh
  butter: '01145', // Butter, without salt
  soyDrink: '16222', // Soymilk (all flavors), unsweetened, with added calcium, vitamins A and D
  riceDrink: '14639', // Rice drink, unsweetened, with added calcium, vitamins A and D
  coconutMilk: '12118', // Nuts, coconut milk, canned
  water: '14411', // Water, tap, drinking
  // Legumes and soy
  firmTofu: '16126', // Tofu, firm, prepared with calcium sulfate and magnesium chloride (nigari)
  tempeh: '16114', // Tempeh
  miso: '16112', // Miso
  natto: '16113', // Natto
  edamame: '11212', // Edamame, frozen, prepared
  cannedChickpeas: '16359', // Chickpeas, mature seeds, canned, drained, rinsed in tap water
  blackBeans: '16015', // Beans, black, mature seeds, cooked, boiled, without salt
  tamari: '16124', // Soy sauce made from soy (tamari)
  // Fish
  smokedSalmon: '15179', // Fish, salmon, chinook, smoked, (lox), regular
  sardines: '15088', // Fish, sardine, Atlantic, canned in oil, drained solids with bone
  kipperedHerring: '15042', // Fish, herring, Atlantic, kippered
  // Vegetables, herbs and ferments
  spinach: '11457', // Spinach, raw
  kale: '11233', // Kale, raw
  tomato: '11529', // Tomatoes, red, ripe, raw, year round average
  cannedTomatoes: '11885', // Tomatoes, red, ripe, canned, packed in tomato juice, no salt added
  cucumber: '11205', // Cucumber, with peel, raw
  redPepper: '11821', // Peppers, sweet, red, raw
  sweetPotato: '11507', // Sweet potato, raw, unprepared
  potato: '11354', // Potatoes, white, flesh and skin, raw
  radishes: '11429', // Radishes, raw
  cress: '11203', // Cress, garden, raw
  rocket: '11959', // Arugula, raw
  chives: '11156', // Chives, raw
  springOnionGreens: '11292', // Onions, young green, tops only
  parsley: '11297', // Parsley, fresh
  dill: '02045', // Dill weed, fresh
  coriander: '11165', // Coriander (cilantro) leaves, raw
  ginger: '11216', // Ginger root, raw
  wakame: '11669', // Seaweed, wakame, raw
  nori: '11446', // Seaweed, laver, raw
  kimchi: 'gp-kimchi',
  sauerkraut: 'gp-sauerkraut-raw',
  // Oils, sweeteners and seasonings
  garlicOil: 'gp-garlic-infused-oil',
  oliveOil: '04053', // Oil, olive, salad or cooking
  rapeseedOil: '04582', // Oil, canola
  sesameOil: '04058', // Oil, sesame, salad or cooking
  coconutOil: '04047', // Oil, coconut
  mapleSyrup: '19353', // Syrups, maple
  cocoa: '19165', // Cocoa, dry powder, unsweetened
  vanilla: '02050', // Vanilla extract
  cinnamon: '02010', // Spices, cinnamon, ground
  turmeric: '02043', // Spices, turmeric, ground
  cumin: '02014', // Spices, cumin seed
  paprika: '02028', // Spices, paprika
  blackPepper: '02030', // Spices, pepper, black
  salt: '02047', // Salt, table
} as const

const chopped = t('chopped', 'gehackt')
const ground = t('ground', 'geschrotet')
const sliced = t('sliced', 'in Scheiben')
const diced = t('diced', 'gewürfelt')
const toasted = t('slices, toasted', 'Scheiben, getoastet')
const firm = t('firm, not fully ripe', 'fest, nicht ganz reif')
const peeledDiced = t('peeled and diced', 'geschält und gewürfelt')

export const breakfasts: Recipe[] = [
  // ── Fermented: kefir, yogurt, miso, kimchi, natto, tempeh, sauerkraut ──
  {
    id: 'b-kefir-overnight-oats',
    name: t('Kefir overnight oats with berries and walnuts', 'Overnight-Oats mit Kefir, Beeren und Walnüssen'),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [
      g(food.oats, 50),
      ml(food.kefir, 150),
      g(food.chia, 10),
      g(food.raspberries, 80),
      g(food.blueberries, 50),
      g(food.walnuts, 10, chopped),
    ],
    steps: [
      t('Stir the oats and chia seeds into the kefir.', 'Haferflocken und Chiasamen in den Kefir rühren.'),
      t('Cover and leave overnight in the fridge.', 'Abdecken und über Nacht in den Kühlschrank stellen.'),
      t('In the morning, top with the berries and walnuts.', 'Morgens mit den Beeren und den Walnüssen belegen.'),
    ],
  },
  {
    id: 'b-lactose-free-overnight-oats-kiwi',
    name: t(
      'Gluten-free overnight oats with lactose-free yogurt, kiwi and pumpkin seeds',
      'Glutenfreie Overnight-Oats mit laktosefreiem Joghurt, Kiwi und Kürbiskernen',
    ),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [
      g(food.glutenFreeOats, 45),
      g(food.lactoseFreeYogurt, 125),
      ml(food.lactoseFreeMilk, 60),
      g(food.chia, 10),
      g(food.kiwi, 75, peeledDiced),
      g(food.pumpkinSeeds, 10),
      g(food.mapleSyrup, 5),
    ],
    steps: [
      t('Mix the oats, chia seeds, yogurt and milk in a jar.', 'Haferflocken, Chiasamen, Joghurt und Milch in einem Glas verrühren.'),
      t('Close the jar and chill overnight.', 'Das Glas verschließen und über Nacht kalt stellen.'),
      t(
        'Top with the kiwi and pumpkin seeds and drizzle with maple syrup.',
        'Mit Kiwi und Kürbiskernen bestreuen und mit Ahornsirup beträufeln.',
      ),
    ],
  },
  {
    id: 'b-bircher-muesli-kefir',
    name: t('Bircher muesli with kefir, apple and hazelnuts', 'Bircher-Müsli mit Kefir, Apfel und Haselnüssen'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 0,
    ingredients: [
      g(food.oats, 100),
      ml(food.kefir, 250),
      g(food.apple, 200, t('grated with the skin', 'mit Schale gerieben')),
      g(food.lemonJuice, 10),
      g(food.cinnamon, 1),
      g(food.raspberries, 80),
      g(food.hazelnuts, 30, chopped),
    ],
    steps: [
      t('Mix the oats with the kefir and leave overnight in the fridge.', 'Haferflocken mit dem Kefir mischen und über Nacht im Kühlschrank quellen lassen.'),
      t(
        'In the morning, stir in the grated apple, lemon juice and cinnamon.',
        'Morgens den geriebenen Apfel, den Zitronensaft und den Zimt unterrühren.',
      ),
      t('Serve with the raspberries and hazelnuts.', 'Mit den Himbeeren und Haselnüssen servieren.'),
    ],
  },
  {
    id: 'b-yogurt-bowl-raspberry-flax',
    name: t('Yogurt bowl with raspberries, flaxseed and walnuts', 'Joghurtschale mit Himbeeren, Leinsamen und Walnüssen'),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [
      g(food.yogurt, 200),
      g(food.raspberries, 100),
      g(food.oats, 20),
      g(food.flaxseed, 15, ground),
      g(food.walnuts, 15, chopped),
    ],
    steps: [
      t('Spoon the yogurt into a bowl.', 'Den Joghurt in eine Schale geben.'),
      t(
        'Top with the raspberries, oats, flaxseed and walnuts.',
        'Mit Himbeeren, Haferflocken, Leinsamen und Walnüssen bestreuen.',
      ),
    ],
  },
  {
    id: 'b-lactose-free-yogurt-kiwi-buckwheat',
    name: t(
      'Lactose-free yogurt with kiwi, chia and toasted buckwheat',
      'Laktosefreier Joghurt mit Kiwi, Chia und geröstetem Buchweizen',
    ),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 3,
    ingredients: [
      g(food.buckwheatGroats, 20),
      g(food.lactoseFreeYogurt, 200),
      g(food.chia, 10),
      g(food.kiwi, 150, peeledDiced),
      g(food.pumpkinSeeds, 15),
      g(food.mapleSyrup, 5),
    ],
    steps: [
      t(
        'Toast the buckwheat in a dry pan for 2–3 minutes until it smells nutty.',
        'Den Buchweizen in einer Pfanne ohne Fett 2–3 Minuten rösten, bis er nussig duftet.',
      ),
      t('Stir the chia seeds into the yogurt.', 'Die Chiasamen in den Joghurt rühren.'),
      t(
        'Top with the kiwi, buckwheat, pumpkin seeds and maple syrup.',
        'Mit Kiwi, Buchweizen, Kürbiskernen und Ahornsirup anrichten.',
      ),
    ],
  },
  {
    id: 'b-gluten-free-granola-yogurt',
    name: t(
      'Gluten-free nut and seed granola with lactose-free yogurt and blueberries',
      'Glutenfreies Nuss-Saaten-Granola mit laktosefreiem Joghurt und Heidelbeeren',
    ),
    slots: ['breakfast', 'snack'],
    servings: 4,
    prepMinutes: 10,
    cookMinutes: 25,
    ingredients: [
      g(food.glutenFreeOats, 120),
      g(food.pumpkinSeeds, 30),
      g(food.sunflowerSeeds, 20),
      g(food.walnuts, 30, chopped),
      g(food.flaxseed, 20),
      g(food.desiccatedCoconut, 15),
      g(food.cinnamon, 2),
      g(food.salt, 1),
      g(food.coconutOil, 15),
      g(food.mapleSyrup, 25),
      g(food.lactoseFreeYogurt, 600),
      g(food.blueberries, 300),
    ],
    steps: [
      t('Heat the oven to 160 °C.', 'Den Backofen auf 160 °C vorheizen.'),
      t(
        'Mix the oats, seeds, walnuts, coconut, cinnamon and salt in a bowl.',
        'Haferflocken, Saaten, Walnüsse, Kokosraspel, Zimt und Salz in einer Schüssel mischen.',
      ),
      t(
        'Warm the coconut oil with the maple syrup, pour it over and mix well.',
        'Kokosöl mit dem Ahornsirup erwärmen, darübergießen und gut vermengen.',
      ),
      t(
        'Spread on a lined tray and bake for 20–25 minutes, stirring once, then leave to cool.',
        'Auf einem mit Backpapier belegten Blech verteilen und 20–25 Minuten backen, dabei einmal wenden; anschließend abkühlen lassen.',
      ),
      t('Serve each portion with yogurt and blueberries.', 'Jede Portion mit Joghurt und Heidelbeeren servieren.'),
    ],
  },
  {
    id: 'b-kefir-smoothie-blueberry-spinach',
    name: t('Kefir smoothie with blueberries, spinach and oats', 'Kefir-Smoothie mit Heidelbeeren, Spinat und Haferflocken'),
    slots: ['breakfast', 'snack'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [
      ml(food.kefir, 200),
      g(food.frozenBlueberries, 100),
      g(food.banana, 60),
      g(food.spinach, 30),
      g(food.oats, 30),
      g(food.flaxseed, 10),
    ],
    steps: [
      t('Put all the ingredients in a blender.', 'Alle Zutaten in einen Mixer geben.'),
      t('Blend until smooth and drink straight away.', 'Fein pürieren und sofort trinken.'),
    ],
  },
  {
    id: 'b-strawberry-kiwi-smoothie',
    name: t(
      'Strawberry and kiwi smoothie with lactose-free yogurt',
      'Erdbeer-Kiwi-Smoothie mit laktosefreiem Joghurt',
    ),
    slots: ['breakfast', 'snack'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [
      g(food.lactoseFreeYogurt, 150),
      g(food.strawberries, 65),
      g(food.kiwi, 75, t('peeled', 'geschält')),
      g(food.banana, 50, firm),
      g(food.glutenFreeOats, 20),
      g(food.chia, 15),
      ml(food.water, 80),
    ],
    steps: [
      t('Hull the strawberries and peel the kiwi.', 'Die Erdbeeren putzen und die Kiwi schälen.'),
      t('Blend all the ingredients until smooth.', 'Alle Zutaten fein pürieren.'),
      t('Pour into a glass and drink straight away.', 'In ein Glas füllen und sofort trinken.'),
    ],
  },
  {
    id: 'b-miso-soup-tofu-rice',
    name: t(
      'Breakfast miso soup with tofu, edamame and brown rice',
      'Frühstücks-Misosuppe mit Tofu, Edamame und Naturreis',
    ),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 5,
    cookMinutes: 30,
    ingredients: [
      g(food.brownRice, 100),
      ml(food.water, 750),
      g(food.firmTofu, 150, t('cubed', 'gewürfelt')),
      g(food.edamame, 90, t('shelled', 'ausgelöst')),
      g(food.wakame, 10),
      g(food.spinach, 60),
      g(food.miso, 30),
      g(food.chives, 5, t('snipped', 'in Röllchen')),
    ],
    steps: [
      t('Cook the rice in 250 ml of the water for about 30 minutes until tender.', 'Den Reis in 250 ml des Wassers etwa 30 Minuten weich garen.'),
      t(
        'Heat the remaining water, add the tofu, edamame, wakame and spinach and simmer for 3 minutes.',
        'Das restliche Wasser erhitzen, Tofu, Edamame, Wakame und Spinat zugeben und 3 Minuten köcheln lassen.',
      ),
      t(
        'Take the pot off the heat, dissolve the miso in a little broth and stir it in without boiling again.',
        'Den Topf vom Herd nehmen, das Miso in etwas Brühe auflösen und unterrühren, ohne die Suppe noch einmal aufzukochen.',
      ),
      t('Serve the soup with the rice and scatter with chives.', 'Die Suppe mit dem Reis servieren und mit Schnittlauch bestreuen.'),
    ],
  },
  {
    id: 'b-kimchi-rice-fried-egg',
    name: t('Kimchi rice bowl with fried egg, edamame and spinach', 'Kimchi-Reisschale mit Spiegelei, Edamame und Spinat'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 30,
    ingredients: [
      g(food.brownRice, 120),
      ml(food.water, 300),
      g(food.edamame, 80, t('shelled', 'ausgelöst')),
      g(food.spinach, 100),
      g(food.sesameOil, 8),
      g(food.egg, 200, t('4 eggs', '4 Eier')),
      g(food.kimchi, 150),
      g(food.sesameSeeds, 6),
      g(food.chives, 5, t('snipped', 'in Röllchen')),
    ],
    steps: [
      t('Cook the rice in the water for about 30 minutes until tender.', 'Den Reis im Wasser etwa 30 Minuten weich garen.'),
      t(
        'Warm the edamame and wilt the spinach in a hot pan with half the sesame oil, then divide them between two bowls with the rice.',
        'Edamame und Spinat in einer heißen Pfanne mit der Hälfte des Sesamöls erwärmen, bis der Spinat zusammenfällt, und mit dem Reis auf zwei Schalen verteilen.',
      ),
      t('Fry the eggs in the remaining oil.', 'Die Eier im restlichen Öl zu Spiegeleiern braten.'),
      t(
        'Top each bowl with the eggs, cold kimchi, sesame seeds and chives.',
        'Jede Schale mit Spiegeleiern, kaltem Kimchi, Sesam und Schnittlauch belegen.',
      ),
    ],
  },
  {
    id: 'b-natto-rice-bowl',
    name: t('Natto rice bowl with edamame, cucumber and nori', 'Natto-Reisschale mit Edamame, Gurke und Nori'),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 10,
    cookMinutes: 30,
    ingredients: [
      g(food.brownRice, 60),
      ml(food.water, 150),
      g(food.natto, 50),
      g(food.tamari, 5),
      g(food.edamame, 50, t('shelled', 'ausgelöst')),
      g(food.cucumber, 80, sliced),
      g(food.springOnionGreens, 10, t('finely sliced', 'in feinen Ringen')),
      g(food.sesameSeeds, 5),
      g(food.nori, 2),
    ],
    steps: [
      t('Cook the rice in the water for about 30 minutes until tender.', 'Den Reis im Wasser etwa 30 Minuten weich garen.'),
      t('Stir the natto with the tamari until it turns stringy.', 'Natto mit der Tamari verrühren, bis es Fäden zieht.'),
      t(
        'Put the rice in a bowl with the natto, edamame and cucumber.',
        'Den Reis mit Natto, Edamame und Gurke in einer Schale anrichten.',
      ),
      t('Scatter with spring onion greens, sesame seeds and torn nori.', 'Mit Frühlingszwiebelgrün, Sesam und zerzupftem Nori bestreuen.'),
    ],
  },
  {
    id: 'b-tempeh-scramble-kale',
    name: t(
      'Tempeh scramble with kale and tomatoes on gluten-free toast',
      'Tempeh-Rührpfanne mit Grünkohl und Tomaten auf glutenfreiem Toast',
    ),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 12,
    ingredients: [
      g(food.garlicOil, 10),
      g(food.tempeh, 200),
      g(food.turmeric, 2),
      g(food.cumin, 1),
      g(food.kale, 100, t('stalks removed, chopped', 'ohne Strunk, gehackt')),
      g(food.tomato, 150, diced),
      g(food.lemonJuice, 10),
      g(food.salt, 1),
      g(food.glutenFreeBread, 120, toasted),
      g(food.pumpkinSeeds, 20),
    ],
    steps: [
      t('Heat the garlic-infused oil and crumble in the tempeh.', 'Das Knoblauchöl erhitzen und den Tempeh hineinbröseln.'),
      t(
        'Add the turmeric and cumin and fry for 5 minutes until golden.',
        'Kurkuma und Kreuzkümmel zugeben und 5 Minuten goldbraun braten.',
      ),
      t(
        'Add the kale, tomatoes and salt and cook for 4 minutes until the kale is tender, then add the lemon juice.',
        'Grünkohl, Tomaten und Salz zugeben, 4 Minuten garen, bis der Grünkohl weich ist, und mit Zitronensaft abschmecken.',
      ),
      t(
        'Serve the scramble on the toast, sprinkled with pumpkin seeds.',
        'Die Tempeh-Mischung auf dem Toast anrichten und mit Kürbiskernen bestreuen.',
      ),
    ],
  },
  {
    id: 'b-savoury-miso-oats-egg',
    name: t('Savoury miso oats with soft-boiled egg and spinach', 'Herzhafter Miso-Haferbrei mit wachsweichem Ei und Spinat'),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 8,
    ingredients: [
      g(food.egg, 50, t('1 egg', '1 Ei')),
      g(food.glutenFreeOats, 45),
      ml(food.water, 250),
      g(food.spinach, 50),
      g(food.miso, 10),
      g(food.sesameOil, 3),
      g(food.sesameSeeds, 5),
      g(food.chives, 3, t('snipped', 'in Röllchen')),
    ],
    steps: [
      t('Boil the egg for 6 minutes, cool it in cold water and peel.', 'Das Ei 6 Minuten kochen, kalt abschrecken und schälen.'),
      t(
        'Simmer the oats in the water for 4 minutes, then stir in the spinach until it wilts.',
        'Die Haferflocken im Wasser 4 Minuten köcheln lassen, dann den Spinat unterrühren, bis er zusammenfällt.',
      ),
      t('Take off the heat and stir in the miso.', 'Vom Herd nehmen und das Miso einrühren.'),
      t(
        'Top with the halved egg, sesame oil, sesame seeds and chives.',
        'Mit dem halbierten Ei, Sesamöl, Sesam und Schnittlauch anrichten.',
      ),
    ],
  },
  {
    id: 'b-gluten-free-toast-egg-sauerkraut',
    name: t(
      'Gluten-free toast with scrambled egg, avocado and raw sauerkraut',
      'Glutenfreier Toast mit Rührei, Avocado und rohem Sauerkraut',
    ),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 5,
    ingredients: [
      g(food.egg, 100, t('2 eggs', '2 Eier')),
      g(food.oliveOil, 5),
      g(food.glutenFreeBread, 80, toasted),
      g(food.avocado, 50),
      g(food.sauerkraut, 40),
      g(food.chives, 3, t('snipped', 'in Röllchen')),
      g(food.blackPepper, 0.5),
    ],
    steps: [
      t(
        'Beat the eggs and cook them gently in the oil, stirring, until just set.',
        'Die Eier verquirlen und im Öl bei milder Hitze unter Rühren stocken lassen.',
      ),
      t('Spread the toast with the mashed avocado.', 'Den Toast mit der zerdrückten Avocado bestreichen.'),
      t(
        'Top with the scrambled egg, cold sauerkraut, chives and pepper.',
        'Mit Rührei, kaltem Sauerkraut, Schnittlauch und Pfeffer belegen.',
      ),
    ],
  },

  // ── Porridges, overnight oats and chia puddings ──
  {
    id: 'b-gluten-free-porridge-raspberry',
    name: t('Gluten-free porridge with raspberries and walnuts', 'Glutenfreier Porridge mit Himbeeren und Walnüssen'),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 2,
    cookMinutes: 5,
    ingredients: [
      g(food.glutenFreeOats, 45),
      ml(food.lactoseFreeMilk, 200),
      ml(food.water, 50),
      g(food.chia, 10),
      g(food.raspberries, 60),
      g(food.walnuts, 15, chopped),
      g(food.mapleSyrup, 5),
    ],
    steps: [
      t(
        'Simmer the oats in the milk and water for 4–5 minutes, stirring.',
        'Die Haferflocken in Milch und Wasser unter Rühren 4–5 Minuten köcheln lassen.',
      ),
      t('Stir in the chia seeds.', 'Die Chiasamen unterrühren.'),
      t('Top with the raspberries, walnuts and maple syrup.', 'Mit Himbeeren, Walnüssen und Ahornsirup servieren.'),
    ],
  },
  {
    id: 'b-oat-bran-porridge-apple',
    name: t('Oat bran porridge with apple, cinnamon and flaxseed', 'Haferkleie-Porridge mit Apfel, Zimt und Leinsamen'),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 5,
    ingredients: [
      ml(food.milk, 250),
      g(food.oatBran, 40),
      g(food.apple, 100, t('grated', 'gerieben')),
      g(food.cinnamon, 1),
      g(food.flaxseed, 10, ground),
      g(food.walnuts, 10, chopped),
    ],
    steps: [
      t('Bring the milk to a simmer and stir in the oat bran.', 'Die Milch erhitzen und die Haferkleie einrühren.'),
      t(
        'Add the apple and cinnamon and cook for 3 minutes, stirring.',
        'Apfel und Zimt zugeben und unter Rühren 3 Minuten garen.',
      ),
      t('Serve sprinkled with the flaxseed and walnuts.', 'Mit Leinsamen und Walnüssen bestreut servieren.'),
    ],
  },
  {
    id: 'b-porridge-pear-ginger',
    name: t('Oat porridge with pear, ginger and pecans', 'Haferporridge mit Birne, Ingwer und Pekannüssen'),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 6,
    ingredients: [
      g(food.oats, 50),
      ml(food.milk, 200),
      ml(food.water, 50),
      g(food.ginger, 5, t('peeled and grated', 'geschält und gerieben')),
      g(food.pear, 120, diced),
      g(food.pecans, 15, chopped),
      g(food.cinnamon, 0.5),
    ],
    steps: [
      t(
        'Simmer the oats with the ginger in the milk and water for 5 minutes.',
        'Die Haferflocken mit dem Ingwer in Milch und Wasser 5 Minuten köcheln lassen.',
      ),
      t('Stir in half the pear.', 'Die Hälfte der Birne unterrühren.'),
      t(
        'Top with the rest of the pear, the pecans and the cinnamon.',
        'Mit der restlichen Birne, den Pekannüssen und dem Zimt servieren.',
      ),
    ],
  },
  {
    id: 'b-cocoa-overnight-oats-soy',
    name: t('Chocolate overnight oats with soy drink and raspberries', 'Schoko-Overnight-Oats mit Sojadrink und Himbeeren'),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [
      g(food.oats, 50),
      ml(food.soyDrink, 200),
      g(food.cocoa, 8),
      g(food.chia, 10),
      g(food.mapleSyrup, 5),
      g(food.raspberries, 80),
      g(food.hazelnuts, 10, chopped),
    ],
    steps: [
      t(
        'Stir the oats, chia seeds, cocoa and maple syrup into the soy drink.',
        'Haferflocken, Chiasamen, Kakao und Ahornsirup in den Sojadrink rühren.',
      ),
      t('Cover and leave overnight in the fridge.', 'Abdecken und über Nacht in den Kühlschrank stellen.'),
      t('Serve topped with the raspberries and hazelnuts.', 'Mit den Himbeeren und Haselnüssen servieren.'),
    ],
  },
  {
    id: 'b-buckwheat-porridge-blueberry',
    name: t('Buckwheat porridge with blueberries and walnuts', 'Buchweizen-Porridge mit Heidelbeeren und Walnüssen'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 5,
    cookMinutes: 15,
    ingredients: [
      g(food.buckwheatGroats, 100),
      ml(food.water, 200),
      ml(food.riceDrink, 300),
      g(food.cinnamon, 2),
      g(food.chia, 10),
      g(food.blueberries, 150),
      g(food.walnuts, 20, chopped),
      g(food.mapleSyrup, 10),
    ],
    steps: [
      t(
        'Rinse the buckwheat, then simmer it in the water and rice drink for 12–15 minutes until soft and creamy.',
        'Den Buchweizen abspülen und in Wasser und Reisdrink 12–15 Minuten weich und cremig köcheln lassen.',
      ),
      t('Stir in the cinnamon and chia seeds and leave for 2 minutes.', 'Zimt und Chiasamen unterrühren und 2 Minuten quellen lassen.'),
      t(
        'Serve topped with the blueberries, walnuts and maple syrup.',
        'Mit Heidelbeeren, Walnüssen und Ahornsirup servieren.',
      ),
    ],
  },
  {
    id: 'b-quinoa-bowl-orange-kiwi',
    name: t(
      'Warm quinoa breakfast bowl with orange, kiwi and pumpkin seeds',
      'Warme Quinoa-Frühstücksschale mit Orange, Kiwi und Kürbiskernen',
    ),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 15,
    ingredients: [
      g(food.quinoa, 100),
      ml(food.water, 250),
      g(food.cinnamon, 1),
      g(food.vanilla, 2),
      g(food.chia, 10),
      g(food.orange, 150, peeledDiced),
      g(food.kiwi, 150, peeledDiced),
      g(food.pumpkinSeeds, 20),
      g(food.mapleSyrup, 10),
    ],
    steps: [
      t(
        'Rinse the quinoa well and simmer it in the water for 15 minutes until the water is absorbed.',
        'Die Quinoa gründlich abspülen und im Wasser 15 Minuten köcheln lassen, bis das Wasser aufgesogen ist.',
      ),
      t('Stir in the cinnamon, vanilla and chia seeds.', 'Zimt, Vanille und Chiasamen unterrühren.'),
      t(
        'Serve with the orange, kiwi, pumpkin seeds and maple syrup.',
        'Mit Orange, Kiwi, Kürbiskernen und Ahornsirup servieren.',
      ),
    ],
  },
  {
    id: 'b-millet-porridge-strawberry',
    name: t('Millet porridge with strawberries, flaxseed and almonds', 'Hirsebrei mit Erdbeeren, Leinsamen und Mandeln'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 5,
    cookMinutes: 20,
    ingredients: [
      g(food.millet, 100),
      ml(food.lactoseFreeMilk, 400),
      g(food.vanilla, 2),
      g(food.flaxseed, 20, ground),
      g(food.strawberries, 120, sliced),
      g(food.almonds, 20, chopped),
      g(food.mapleSyrup, 10),
    ],
    steps: [
      t('Rinse the millet with hot water.', 'Die Hirse heiß abspülen.'),
      t(
        'Simmer it in the milk with the vanilla for about 20 minutes, stirring now and then.',
        'In der Milch mit der Vanille etwa 20 Minuten köcheln lassen und dabei gelegentlich umrühren.',
      ),
      t('Stir in the flaxseed.', 'Den Leinsamen unterrühren.'),
      t('Serve with the strawberries, almonds and maple syrup.', 'Mit Erdbeeren, Mandeln und Ahornsirup servieren.'),
    ],
  },
  {
    id: 'b-teff-porridge-banana-peanut',
    name: t('Teff porridge with banana and peanut butter', 'Teff-Brei mit Banane und Erdnussmus'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 5,
    cookMinutes: 15,
    ingredients: [
      ml(food.water, 300),
      g(food.teff, 80),
      ml(food.riceDrink, 200),
      g(food.cinnamon, 2),
      g(food.chia, 10),
      g(food.banana, 200, t('firm, sliced', 'fest, in Scheiben')),
      g(food.peanutButter, 30),
    ],
    steps: [
      t(
        'Bring the water to the boil, whisk in the teff and simmer for 15 minutes, stirring often.',
        'Das Wasser aufkochen, den Teff einrühren und 15 Minuten unter häufigem Rühren köcheln lassen.',
      ),
      t(
        'Stir in the rice drink, cinnamon and chia seeds and heat through.',
        'Reisdrink, Zimt und Chiasamen unterrühren und kurz erwärmen.',
      ),
      t('Top with the banana and the peanut butter.', 'Mit der Banane und dem Erdnussmus servieren.'),
    ],
  },
  {
    id: 'b-chia-pudding-soy-raspberry',
    name: t('Chia pudding with soy drink, raspberries and almonds', 'Chia-Pudding mit Sojadrink, Himbeeren und Mandeln'),
    slots: ['breakfast', 'snack'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [
      g(food.chia, 30),
      ml(food.soyDrink, 200),
      g(food.vanilla, 2),
      g(food.raspberries, 100),
      g(food.almonds, 10, chopped),
      g(food.mapleSyrup, 5),
    ],
    steps: [
      t('Whisk the chia seeds and vanilla into the soy drink.', 'Die Chiasamen mit der Vanille in den Sojadrink rühren.'),
      t(
        'Stir again after 5 minutes so no lumps form, then chill for at least 2 hours or overnight.',
        'Nach 5 Minuten noch einmal umrühren, damit keine Klümpchen entstehen, dann mindestens 2 Stunden oder über Nacht kühlen.',
      ),
      t(
        'Crush half the raspberries with a fork and swirl them through the pudding.',
        'Die Hälfte der Himbeeren mit einer Gabel zerdrücken und unter den Pudding ziehen.',
      ),
      t(
        'Top with the remaining raspberries, the almonds and the maple syrup.',
        'Mit den restlichen Himbeeren, den Mandeln und dem Ahornsirup servieren.',
      ),
    ],
  },
  {
    id: 'b-chia-pudding-rice-drink-blueberry',
    name: t('Cinnamon chia pudding with blueberries and pumpkin seeds', 'Zimt-Chia-Pudding mit Heidelbeeren und Kürbiskernen'),
    slots: ['breakfast', 'snack'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [
      g(food.chia, 25),
      ml(food.riceDrink, 180),
      g(food.desiccatedCoconut, 8),
      g(food.cinnamon, 1),
      g(food.blueberries, 80),
      g(food.pumpkinSeeds, 10),
    ],
    steps: [
      t(
        'Stir the chia seeds, coconut and cinnamon into the rice drink.',
        'Chiasamen, Kokosraspel und Zimt in den Reisdrink rühren.',
      ),
      t('Stir again after 5 minutes and chill overnight.', 'Nach 5 Minuten erneut umrühren und über Nacht kalt stellen.'),
      t('Serve topped with the blueberries and pumpkin seeds.', 'Mit Heidelbeeren und Kürbiskernen bestreut servieren.'),
    ],
  },
  {
    id: 'b-coconut-chia-mango',
    name: t('Coconut chia pudding with mango and lime', 'Kokos-Chia-Pudding mit Mango und Limette'),
    slots: ['breakfast', 'snack'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 0,
    ingredients: [
      ml(food.coconutMilk, 160),
      ml(food.water, 200),
      g(food.chia, 50),
      g(food.mango, 240, peeledDiced),
      g(food.limeJuice, 10),
      g(food.pumpkinSeeds, 20),
    ],
    steps: [
      t(
        'Whisk the coconut milk with the water and stir in the chia seeds.',
        'Die Kokosmilch mit dem Wasser verquirlen und die Chiasamen einrühren.',
      ),
      t('Stir again after 5 minutes and chill for at least 2 hours.', 'Nach 5 Minuten erneut umrühren und mindestens 2 Stunden kühlen.'),
      t('Mix the mango with the lime juice.', 'Die Mango mit dem Limettensaft mischen.'),
      t('Serve the pudding with the mango and pumpkin seeds.', 'Den Pudding mit der Mango und den Kürbiskernen servieren.'),
    ],
  },
  {
    id: 'b-smoothie-bowl-blueberry',
    name: t('Blueberry smoothie bowl with peanuts and seeds', 'Heidelbeer-Smoothie-Bowl mit Erdnüssen und Saaten'),
    slots: ['breakfast', 'snack'],
    servings: 1,
    prepMinutes: 10,
    cookMinutes: 0,
    ingredients: [
      g(food.frozenBlueberries, 75),
      g(food.banana, 60, t('firm, sliced and frozen', 'fest, in Scheiben geschnitten und eingefroren')),
      ml(food.riceDrink, 100),
      g(food.chia, 10),
      g(food.pumpkinSeeds, 15),
      g(food.desiccatedCoconut, 5),
      g(food.peanuts, 10, chopped),
    ],
    steps: [
      t(
        'Blend the frozen blueberries, banana and rice drink to a thick purée.',
        'Gefrorene Heidelbeeren, Banane und Reisdrink zu einem dicken Püree mixen.',
      ),
      t('Spoon into a bowl.', 'In eine Schale füllen.'),
      t(
        'Top with the chia seeds, pumpkin seeds, coconut and peanuts.',
        'Mit Chiasamen, Kürbiskernen, Kokosraspeln und Erdnüssen bestreuen.',
      ),
    ],
  },

  // ── Bread-based and savoury ──
  {
    id: 'b-tofu-scramble-sourdough',
    name: t('Tofu scramble with spinach and tomatoes on sourdough', 'Rührtofu mit Spinat und Tomaten auf Sauerteigbrot'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 10,
    ingredients: [
      g(food.garlicOil, 10),
      g(food.firmTofu, 300, t('drained', 'abgetropft')),
      g(food.turmeric, 2),
      g(food.salt, 1),
      g(food.blackPepper, 0.5),
      g(food.tomato, 150, diced),
      g(food.spinach, 100),
      g(food.sourdoughWheat, 120, toasted),
      g(food.chives, 5, t('snipped', 'in Röllchen')),
      g(food.pumpkinSeeds, 20),
    ],
    steps: [
      t('Heat the garlic-infused oil in a pan and crumble in the tofu.', 'Das Knoblauchöl in einer Pfanne erhitzen und den Tofu hineinbröseln.'),
      t(
        'Add the turmeric, salt and pepper and fry for 5 minutes, stirring.',
        'Kurkuma, Salz und Pfeffer zugeben und unter Rühren 5 Minuten braten.',
      ),
      t(
        'Add the tomatoes and spinach and cook until the spinach wilts.',
        'Tomaten und Spinat zugeben und garen, bis der Spinat zusammenfällt.',
      ),
      t(
        'Pile the tofu on the toast and scatter with chives and pumpkin seeds.',
        'Den Rührtofu auf dem Toast anrichten und mit Schnittlauch und Kürbiskernen bestreuen.',
      ),
    ],
  },
  {
    id: 'b-smoked-salmon-spelt-sourdough',
    name: t(
      'Smoked salmon on spelt sourdough with avocado and cucumber',
      'Räucherlachs auf Dinkel-Sauerteigbrot mit Avocado und Gurke',
    ),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 10,
    cookMinutes: 0,
    ingredients: [
      g(food.sourdoughSpelt, 80, toasted),
      g(food.avocado, 30),
      g(food.lemonJuice, 5),
      g(food.cucumber, 60, sliced),
      g(food.smokedSalmon, 60),
      g(food.dill, 2),
      g(food.blackPepper, 0.3),
    ],
    steps: [
      t(
        'Mash the avocado with the lemon juice and spread it on the toast.',
        'Die Avocado mit dem Zitronensaft zerdrücken und auf den Toast streichen.',
      ),
      t('Top with the cucumber and smoked salmon.', 'Mit Gurke und Räucherlachs belegen.'),
      t('Finish with dill and black pepper.', 'Mit Dill und schwarzem Pfeffer bestreuen.'),
    ],
  },
  {
    id: 'b-sardines-sourdough-tomato',
    name: t('Sardines on sourdough toast with tomato and rocket', 'Sardinen auf Sauerteigtoast mit Tomate und Rucola'),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 3,
    ingredients: [
      g(food.sourdoughWheat, 80, toasted),
      g(food.tomato, 100, sliced),
      g(food.rocket, 20),
      g(food.sardines, 60, t('drained', 'abgetropft')),
      g(food.lemonJuice, 5),
      g(food.blackPepper, 0.3),
      g(food.parsley, 5, chopped),
    ],
    steps: [
      t('Cover the toast with the tomato slices and rocket.', 'Den Toast mit Tomatenscheiben und Rucola belegen.'),
      t(
        'Lightly mash the sardines with the lemon juice and pepper and spread them on top.',
        'Die Sardinen mit Zitronensaft und Pfeffer leicht zerdrücken und darauf verteilen.',
      ),
      t('Scatter with parsley.', 'Mit Petersilie bestreuen.'),
    ],
  },
  {
    id: 'b-kipper-pumpernickel-radish',
    name: t(
      'Kippered herring on pumpernickel with radishes and chives',
      'Räucherhering auf Pumpernickel mit Radieschen und Schnittlauch',
    ),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 10,
    cookMinutes: 0,
    ingredients: [
      g(food.pumpernickel, 100, t('2 slices', '2 Scheiben')),
      g(food.kipperedHerring, 60),
      g(food.radishes, 60, t('thinly sliced', 'in dünnen Scheiben')),
      g(food.lemonJuice, 5),
      g(food.chives, 5, t('snipped', 'in Röllchen')),
    ],
    steps: [
      t('Remove the skin and bones from the herring and flake it.', 'Haut und Gräten vom Hering entfernen und den Fisch zerpflücken.'),
      t('Lay the radishes and herring on the pumpernickel.', 'Radieschen und Hering auf den Pumpernickel legen.'),
      t('Drizzle with lemon juice and sprinkle with chives.', 'Mit Zitronensaft beträufeln und mit Schnittlauch bestreuen.'),
    ],
  },
  {
    id: 'b-rye-bread-cottage-cress',
    name: t('Rye bread with cottage cheese, cucumber and cress', 'Roggenbrot mit Hüttenkäse, Gurke und Kresse'),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 0,
    ingredients: [
      g(food.ryeBread, 100, t('2 slices', '2 Scheiben')),
      g(food.cottageCheese, 100),
      g(food.cucumber, 80, sliced),
      g(food.radishes, 40, sliced),
      g(food.cress, 5),
      g(food.flaxseed, 5),
      g(food.blackPepper, 0.3),
    ],
    steps: [
      t('Spread the cottage cheese on the bread.', 'Den Hüttenkäse auf das Brot streichen.'),
      t('Top with the cucumber and radishes.', 'Mit Gurke und Radieschen belegen.'),
      t('Sprinkle with cress, flaxseed and black pepper.', 'Mit Kresse, Leinsamen und schwarzem Pfeffer bestreuen.'),
    ],
  },
  {
    id: 'b-spelt-sourdough-peanut-banana',
    name: t(
      'Spelt sourdough toast with peanut butter, banana and chia',
      'Dinkel-Sauerteigtoast mit Erdnussmus, Banane und Chia',
    ),
    slots: ['breakfast'],
    servings: 1,
    prepMinutes: 5,
    cookMinutes: 3,
    ingredients: [
      g(food.sourdoughSpelt, 80, toasted),
      g(food.peanutButter, 20),
      g(food.banana, 100, t('firm, sliced', 'fest, in Scheiben')),
      g(food.chia, 5),
      g(food.cinnamon, 0.5),
    ],
    steps: [
      t('Spread the toast with the peanut butter.', 'Den Toast mit Erdnussmus bestreichen.'),
      t('Top with the banana slices.', 'Mit den Bananenscheiben belegen.'),
      t('Sprinkle with chia seeds and cinnamon.', 'Mit Chiasamen und Zimt bestreuen.'),
    ],
  },
  {
    id: 'b-breakfast-tacos-black-beans',
    name: t('Breakfast tacos with black beans, tofu and avocado', 'Frühstückstacos mit schwarzen Bohnen, Tofu und Avocado'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 10,
    ingredients: [
      g(food.oliveOil, 10),
      g(food.firmTofu, 150),
      g(food.cumin, 2),
      g(food.paprika, 2),
      g(food.salt, 1),
      g(food.blackBeans, 200, t('cooked, drained', 'gekocht, abgetropft')),
      g(food.cornTortillas, 120, t('4 small tortillas', '4 kleine Tortillas')),
      g(food.avocado, 80, sliced),
      g(food.tomato, 100, diced),
      g(food.limeJuice, 10),
      g(food.coriander, 5, chopped),
    ],
    steps: [
      t(
        'Crumble the tofu and fry it in the oil with the cumin, paprika and salt for 5 minutes.',
        'Den Tofu zerbröseln und im Öl mit Kreuzkümmel, Paprikapulver und Salz 5 Minuten braten.',
      ),
      t(
        'Add the beans and heat through, mashing a few with a fork.',
        'Die Bohnen zugeben, erwärmen und ein paar davon mit einer Gabel zerdrücken.',
      ),
      t('Warm the tortillas in a dry pan.', 'Die Tortillas in einer Pfanne ohne Fett erwärmen.'),
      t(
        'Fill with the bean mix, avocado and tomato, then add lime juice and coriander.',
        'Mit der Bohnenmischung, Avocado und Tomate füllen, mit Limettensaft beträufeln und mit Koriander bestreuen.',
      ),
    ],
  },

  // ── Weekend dishes ──
  {
    id: 'b-shakshuka-chickpeas',
    name: t('Shakshuka with chickpeas and spinach', 'Shakshuka mit Kichererbsen und Spinat'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 25,
    ingredients: [
      g(food.garlicOil, 15),
      g(food.redPepper, 80, diced),
      g(food.cumin, 2),
      g(food.paprika, 3),
      g(food.cannedTomatoes, 400),
      g(food.cannedChickpeas, 80, t('drained and rinsed', 'abgetropft und abgespült')),
      g(food.spinach, 60),
      g(food.salt, 1),
      g(food.egg, 200, t('4 eggs', '4 Eier')),
      g(food.parsley, 5, chopped),
    ],
    steps: [
      t(
        'Heat the garlic-infused oil in a wide pan and soften the pepper for 5 minutes.',
        'Das Knoblauchöl in einer weiten Pfanne erhitzen und die Paprika 5 Minuten andünsten.',
      ),
      t(
        'Add the cumin, paprika, tomatoes and chickpeas and simmer for 10 minutes.',
        'Kreuzkümmel, Paprikapulver, Tomaten und Kichererbsen zugeben und 10 Minuten köcheln lassen.',
      ),
      t(
        'Stir in the spinach and salt and make four hollows in the sauce.',
        'Spinat und Salz unterrühren und vier Mulden in die Soße drücken.',
      ),
      t(
        'Crack an egg into each hollow, cover and cook for 6–8 minutes until the whites are set.',
        'In jede Mulde ein Ei schlagen, zudecken und 6–8 Minuten garen, bis das Eiweiß fest ist.',
      ),
      t('Scatter with parsley and serve.', 'Mit Petersilie bestreuen und servieren.'),
    ],
  },
  {
    id: 'b-sweet-potato-hash-eggs',
    name: t('Sweet potato hash with eggs, spinach and pumpkin seeds', 'Süßkartoffel-Hash mit Ei, Spinat und Kürbiskernen'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 20,
    ingredients: [
      g(food.sweetPotato, 150, diced),
      g(food.potato, 200, diced),
      g(food.redPepper, 80, diced),
      g(food.garlicOil, 15),
      g(food.paprika, 2),
      g(food.salt, 1),
      g(food.spinach, 100),
      g(food.egg, 200, t('4 eggs', '4 Eier')),
      g(food.chives, 5, t('snipped', 'in Röllchen')),
      g(food.pumpkinSeeds, 20),
    ],
    steps: [
      t(
        'Fry the potatoes, sweet potato and pepper in the garlic-infused oil with the paprika and salt for 15 minutes, turning often.',
        'Kartoffeln, Süßkartoffel und Paprika im Knoblauchöl mit Paprikapulver und Salz 15 Minuten braten und dabei oft wenden.',
      ),
      t('Stir in the spinach and let it wilt.', 'Den Spinat unterheben und zusammenfallen lassen.'),
      t(
        'Make four hollows, crack in the eggs, cover and cook for 5 minutes.',
        'Vier Mulden formen, die Eier hineinschlagen, zudecken und 5 Minuten garen.',
      ),
      t('Serve with the chives and pumpkin seeds.', 'Mit Schnittlauch und Kürbiskernen servieren.'),
    ],
  },
  {
    id: 'b-buckwheat-pancakes-blueberry',
    name: t(
      'Buckwheat pancakes with blueberries and lactose-free yogurt',
      'Buchweizenpfannkuchen mit Heidelbeeren und laktosefreiem Joghurt',
    ),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 15,
    ingredients: [
      g(food.buckwheatFlour, 120),
      g(food.flaxseed, 10, ground),
      g(food.egg, 100, t('2 eggs', '2 Eier')),
      ml(food.lactoseFreeMilk, 200),
      g(food.rapeseedOil, 10),
      g(food.lactoseFreeYogurt, 150),
      g(food.blueberries, 150),
      g(food.mapleSyrup, 20),
    ],
    steps: [
      t('Mix the flour and flaxseed.', 'Mehl und Leinsamen mischen.'),
      t(
        'Beat in the eggs and milk to a thick batter and leave for 5 minutes.',
        'Eier und Milch zu einem dickflüssigen Teig unterschlagen und 5 Minuten ruhen lassen.',
      ),
      t(
        'Brush a pan with oil and fry small pancakes for 2 minutes on each side.',
        'Eine Pfanne mit Öl auspinseln und kleine Pfannkuchen von jeder Seite 2 Minuten backen.',
      ),
      t('Serve with the yogurt, blueberries and maple syrup.', 'Mit Joghurt, Heidelbeeren und Ahornsirup servieren.'),
    ],
  },
  {
    id: 'b-wholegrain-kefir-pancakes',
    name: t('Wholegrain kefir pancakes with raspberries', 'Vollkorn-Kefirpfannkuchen mit Himbeeren'),
    slots: ['breakfast'],
    servings: 2,
    prepMinutes: 10,
    cookMinutes: 15,
    ingredients: [
      g(food.wholeWheatFlour, 120),
      g(food.bakingPowder, 5),
      g(food.egg, 50, t('1 egg', '1 Ei')),
      ml(food.kefir, 250),
      g(food.butter, 10),
      g(food.raspberries, 200),
      g(food.mapleSyrup, 15),
    ],
    steps: [
      t(
        'Mix the flour and baking powder, then whisk in the egg and kefir.',
        'Mehl und Backpulver mischen, dann Ei und Kefir unterschlagen.',
      ),
      t(
        'Melt a little butter in a pan and fry small pancakes for 2 minutes on each side.',
        'Etwas Butter in einer Pfanne zerlassen und kleine Pfannkuchen von jeder Seite 2 Minuten backen.',
      ),
      t('Serve warm with the raspberries and maple syrup.', 'Warm mit Himbeeren und Ahornsirup servieren.'),
    ],
  },
  {
    id: 'b-baked-oats-apple-walnut',
    name: t('Baked oats with apple, walnuts and cinnamon', 'Ofen-Hafer mit Apfel, Walnüssen und Zimt'),
    slots: ['breakfast'],
    servings: 4,
    prepMinutes: 15,
    cookMinutes: 35,
    ingredients: [
      g(food.oats, 200),
      g(food.flaxseed, 20, ground),
      g(food.bakingPowder, 5),
      g(food.cinnamon, 4),
      ml(food.milk, 400),
      g(food.egg, 100, t('2 eggs', '2 Eier')),
      g(food.mapleSyrup, 20),
      g(food.apple, 300, diced),
      g(food.walnuts, 40, chopped),
    ],
    steps: [
      t('Heat the oven to 180 °C.', 'Den Backofen auf 180 °C vorheizen.'),
      t(
        'Mix the oats, flaxseed, baking powder and cinnamon.',
        'Haferflocken, Leinsamen, Backpulver und Zimt mischen.',
      ),
      t(
        'Whisk the milk, eggs and maple syrup and stir them into the dry mix with the apple.',
        'Milch, Eier und Ahornsirup verquirlen und mit dem Apfel unter die trockenen Zutaten rühren.',
      ),
      t(
        'Pour into a baking dish, scatter with the walnuts and bake for 35 minutes until golden.',
        'In eine Auflaufform füllen, mit den Walnüssen bestreuen und 35 Minuten goldbraun backen.',
      ),
    ],
  },
  {
    id: 'b-baked-oats-blueberry-banana',
    name: t('Gluten-free baked oats with blueberries and banana', 'Glutenfreier Ofen-Hafer mit Heidelbeeren und Banane'),
    slots: ['breakfast'],
    servings: 4,
    prepMinutes: 15,
    cookMinutes: 35,
    ingredients: [
      g(food.banana, 200, t('2 firm bananas', '2 feste Bananen')),
      g(food.glutenFreeOats, 180),
      g(food.chia, 20),
      g(food.cinnamon, 3),
      ml(food.riceDrink, 400),
      g(food.mapleSyrup, 20),
      g(food.blueberries, 200),
      g(food.pecans, 40, chopped),
    ],
    steps: [
      t('Heat the oven to 180 °C.', 'Den Backofen auf 180 °C vorheizen.'),
      t(
        'Mash one banana and mix it with the oats, chia seeds, cinnamon, rice drink and maple syrup.',
        'Eine Banane zerdrücken und mit Haferflocken, Chiasamen, Zimt, Reisdrink und Ahornsirup vermengen.',
      ),
      t('Fold in the blueberries and pour into a baking dish.', 'Die Heidelbeeren unterheben und alles in eine Auflaufform füllen.'),
      t(
        'Top with the second banana, sliced, and the pecans, then bake for 35 minutes.',
        'Mit der zweiten Banane in Scheiben und den Pekannüssen belegen und 35 Minuten backen.',
      ),
    ],
  },
]
