/**
 * Everyday words a person types into the food search, per language, with the foods that are a
 * right answer (any of them in the top 3 counts). The basic raw or plain form of the food the
 * word names; where shops sell it several ways, each of those forms is a right answer.
 */
export type WordCase = readonly [word: string, acceptable: readonly string[]]

const apple = ['09003', '09004']
const salmon = ['15076', '15236', '15085', '15079', '15083', '15078', '15086']
const oats = ['08120', '20038', '08121']
const lentils = ['16069', '16144', '16070']
const chickpeas = ['16056', '16058', '16359', '16057']
const milk = ['01077', '01211', '01078', '01079', '01082']
const egg = ['01123', '01171']
const yogurt = ['01116', 'gp-greek-yogurt']
const potato = ['11353', '11354', '11355', '11352']
const tomato = ['11529', '11527', '11531']
const cucumber = ['11205', '11206']
const lemon = ['09150', '09151']
const rice = ['20044', '20036', '20040', '20052', '20054']
const flour = ['20081', '20080', '20083', '20649']
const walnuts = ['12155', '12154']
const hazelnuts = ['12120', '12121']
const peanuts = ['16087', '16089', '16090']
const courgette = ['11477', '11953']
const mint = ['02065', '02066', '02064']
const tuna = ['15117', '15119', '15121', '15127']
const prawns = ['15149', '15151', '15152', '15270']
const beefMince = ['23572', '23557', '23562', '23567', '23577', '13316', '23582']
const cream = ['01053', '01052', '01050', '01054']
const cottage = ['01012', '01015', '01016']
const sauerkraut = ['gp-sauerkraut-raw', '11439']
const kidneyBeans = ['16027', '16033', '16029', '16030']
const peas = ['11304', '11312', '11313']
const pepperRed = ['11821', '11333', '11951', '11951']
const grapes = ['09132', '09131']
const cherries = ['09070', '09063']
const chicken = ['05062', '05064', '05057']
const honey = ['19296']
const sugar = ['19335']

export const englishWords: readonly WordCase[] = [
  ['apple', apple], ['apples', apple], ['banana', ['09040']], ['salmon', salmon], ['oats', oats], ['porridge oats', oats],
  ['lentils', lentils], ['red lentils', ['16144', '16069']], ['chickpeas', chickpeas], ['garlic', ['11215']], ['onion', ['11282']],
  ['broccoli', ['11090']], ['spinach', ['11457']], ['carrot', ['11124']], ['carrots', ['11124']], ['milk', milk], ['egg', egg],
  ['eggs', egg], ['yoghurt', yogurt], ['butter', ['01001', '01145']], ['cheddar', ['01009']], ['potatoes', potato],
  ['tomato', tomato], ['cucumber', cucumber], ['lemon', lemon], ['strawberries', ['09316']], ['blueberries', ['09050']],
  ['pear', ['09252']], ['brown rice', ['20036', '20040']], ['rice', rice], ['rye bread', ['18060']], ['plain flour', flour], ['wholemeal bread', ['18075', '18077']],
  ['walnuts', walnuts], ['almonds', ['12061']], ['hazelnuts', hazelnuts], ['peanuts', peanuts], ['honey', honey],
  ['sugar', sugar], ['salt', ['02047']], ['olive oil', ['04053']], ['leek', ['11246']], ['cabbage', ['11109']],
  ['cauliflower', ['11135']], ['mushrooms', ['11260']], ['courgette', courgette], ['aubergine', ['11209']],
  ['rocket', ['11959']], ['beetroot', ['11080']], ['celery', ['11143']], ['parsley', ['11297']], ['coriander', ['11165']],
  ['basil', ['02044']], ['cinnamon', ['02010']], ['mint', mint], ['tuna', tuna], ['cod', ['15015']], ['prawns', prawns],
  ['chicken breast', chicken], ['beef mince', beefMince], ['double cream', cream], ['cottage cheese', cottage],
  ['sauerkraut', sauerkraut], ['kidney beans', kidneyBeans], ['peas', peas], ['grapes', grapes], ['orange', ['09200']],
  ['quinoa', ['20035']], ['kale', ['11233']], ['asparagus', ['11011']], ['ginger', ['11216']], ['feta', ['01019']],
  ['mozzarella', ['01026', '01027']], ['tofu', ['16426', '16427', '16126']], ['sweet potato', ['11507']],
  ['avocado', ['09037']], ['emmental', ['01040']], ['flaxseed', ['12220']], ['chia seeds', ['12006']],
  ['mackerel', ['15046']], ['spring onions', ['11291']], ['butternut squash', ['11485']], ['chives', ['11156']],
  ['shallots', ['11677']], ['parsnips', ['11298']], ['cherries', cherries],
  // typos and word starts as typed
  ['brocoli', ['11090']], ['salomn', salmon], ['cauliflour', ['11135']], ['aubergin', ['11209']], ['chickp', chickpeas],
]

export const germanWords: readonly WordCase[] = [
  ['Apfel', apple], ['Äpfel', apple], ['Banane', ['09040']], ['Lachs', salmon], ['Haferflocken', oats], ['Hafer', oats],
  ['Linsen', lentils], ['rote Linsen', ['16144', '16069']], ['Kichererbsen', chickpeas], ['Knoblauch', ['11215']],
  ['Zwiebel', ['11282']], ['Zwiebeln', ['11282']], ['Brokkoli', ['11090']], ['Spinat', ['11457']], ['Möhre', ['11124']],
  ['Möhren', ['11124']], ['Karotte', ['11124']], ['Karotten', ['11124']], ['Mohrrübe', ['11124']], ['Milch', milk], ['Ei', egg],
  ['Eier', egg], ['Joghurt', yogurt], ['Butter', ['01001', '01145']], ['Cheddar', ['01009']], ['Kartoffeln', potato],
  ['Erdäpfel', potato], ['Tomate', tomato], ['Gurke', cucumber], ['Zitrone', lemon], ['Erdbeeren', ['09316']],
  ['Heidelbeeren', ['09050']], ['Birne', ['09252']], ['Naturreis', ['20036', '20040']], ['Reis', rice],
  ['Roggenbrot', ['18060']], ['Mehl', flour], ['Vollkornbrot', ['18075', '18077']], ['Walnüsse', walnuts], ['Mandeln', ['12061']], ['Haselnüsse', hazelnuts],
  ['Erdnüsse', peanuts], ['Honig', honey], ['Zucker', sugar], ['Salz', ['02047']], ['Olivenöl', ['04053']],
  ['Lauch', ['11246']], ['Porree', ['11246']], ['Weißkohl', ['11109']], ['Blumenkohl', ['11135']], ['Karfiol', ['11135']],
  ['Champignons', ['11260']], ['Zucchini', courgette], ['Aubergine', ['11209']], ['Rucola', ['11959']],
  ['Rote Bete', ['11080']], ['Sellerie', ['11143', '11141']], ['Petersilie', ['11297']], ['Koriander', ['11165']],
  ['Basilikum', ['02044']], ['Zimt', ['02010']], ['Minze', mint], ['Thunfisch', tuna], ['Kabeljau', ['15015']],
  ['Garnelen', prawns], ['Hähnchenbrust', chicken], ['Rinderhackfleisch', beefMince], ['Sahne', cream], ['Schlagsahne', cream],
  ['Hüttenkäse', cottage], ['Sauerkraut', sauerkraut], ['Kidneybohnen', kidneyBeans], ['Erbsen', peas], ['Weintrauben', grapes],
  ['Orange', ['09200']], ['Quinoa', ['20035']], ['Grünkohl', ['11233']], ['Spargel', ['11011']], ['Ingwer', ['11216']],
  ['Feta', ['01019']], ['Tofu', ['16426', '16427', '16126']], ['Süßkartoffel', ['11507']], ['Avocado', ['09037']],
  ['Emmentaler', ['01040']], ['Leinsamen', ['12220']], ['Chiasamen', ['12006']], ['Makrele', ['15046']],
  ['Frühlingszwiebeln', ['11291']], ['Butternusskürbis', ['11485']], ['Schnittlauch', ['11156']], ['Schalotten', ['11677']],
  ['Pastinaken', ['11298']], ['Kirschen', cherries], ['Paprika', pepperRed],
  // typos, missing umlauts and word starts as typed
  ['Brokoli', ['11090']], ['Knoblauc', ['11215']], ['Kichererb', chickpeas], ['Moehren', ['11124']], ['Walnusse', walnuts],
]
