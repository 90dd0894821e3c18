/** English messages: the reference shape every other locale must match key for key. */
import backup from './en/backup'
import findings from './en/findings'
import foods from './en/foods'
import plan from './en/plan'
import recipes from './en/recipes'
import shopping from './en/shopping'

const en = {
  app: {
    name: 'Gutplan',
    tagline: 'Gut-friendly meal planning',
    skipToContent: 'Skip to content',
    language: 'Language',
    languages: { en: 'English', de: 'Deutsch' },
    nav: { label: 'Main', plan: 'Week', profile: 'Profile', foods: 'Foods', recipes: 'Recipes', shopping: 'Shopping' },
    healthNotice: 'Health notice',
    about: 'About',
    close: 'Close',
    loading: 'Loading…',
    pageFailed: {
      title: 'This screen ran into a problem',
      body: 'Everything you saved is safe, and the rest of Gutplan works as usual. Try again, or go to your week.',
      retry: 'Try again',
      toWeek: 'Go to the week',
    },
  },
  storage: {
    quota:
      'Your computer is out of storage space for Gutplan, so the last change was not saved. Everything saved before is still there. Free some disk space, then try again.',
    failed: 'The last change could not be saved: {reason}. Everything saved before is still there.',
    notPersistent:
      'Your browser may clear Gutplan’s data when space runs low. Keep a backup, or use the desktop app.',
    dismiss: 'Dismiss',
  },
  platform: {
    cancelled: 'Cancelled.',
    error: 'That did not work: {message}',
  },
  profile: {
    title: 'Your profile',
    intro:
      'Tell Gutplan what you can’t eat and what you aim for. Plans never include what you mark here, and every change is saved as you make it.',
    saved: 'Saved',
    saving: 'Saving…',
    notSaved: 'Not saved: fix the highlighted field.',
    intolerances: {
      legend: 'Intolerances',
      hint: 'FODMAP groups are for people following a low-FODMAP plan, ideally with a dietitian.',
      coeliacHint:
        'Not tested for coeliac disease yet? Ask your doctor before cutting out gluten: the test needs you to keep eating gluten (NICE NG20).',
      gluten: 'Gluten',
      lactose: 'Lactose',
      fodmap: 'FODMAP groups',
      fructans: 'Fructans',
      gos: 'GOS (galacto-oligosaccharides)',
      'excess-fructose': 'Excess fructose',
      sorbitol: 'Sorbitol',
      mannitol: 'Mannitol',
    },
    allergens: {
      legend: 'Allergens (EU 14)',
      hint: 'The 14 allergens EU food law requires labels to show.',
      'gluten-cereals': 'Cereals containing gluten',
      crustaceans: 'Crustaceans',
      eggs: 'Eggs',
      fish: 'Fish',
      peanuts: 'Peanuts',
      soybeans: 'Soybeans',
      milk: 'Milk',
      'tree-nuts': 'Tree nuts',
      celery: 'Celery',
      mustard: 'Mustard',
      sesame: 'Sesame',
      sulphites: 'Sulphites',
      lupin: 'Lupin',
      molluscs: 'Molluscs',
    },
    diet: {
      legend: 'Diet',
      omnivore: 'Omnivore',
      pescatarian: 'Pescatarian',
      vegetarian: 'Vegetarian',
      vegan: 'Vegan',
    },
    avoid: {
      legend: 'Foods you avoid',
      hint: 'Any food you don’t eat, for whatever reason. Type in English or German, then pick a food, a kind of food (“All mushrooms”) or keep the word. Plans leave out the food and everything named after it.',
      label: 'Add a food to avoid',
      placeholder: 'e.g. coriander, mushrooms',
      add: 'Add',
      options: 'Foods and kinds to avoid',
      keepWord: 'Avoid the word “{word}”',
      added: '{food} added to the foods you avoid.',
      type: { food: 'food', family: 'kind of food', text: 'word' },
      reach: {
        foods: 'keeps out no foods | keeps out 1 food | keeps out {n} foods',
        recipes: 'no recipes | 1 recipe | {n} recipes',
        more: ' and {n} more | and {n} more | and {n} more',
      },
      remove: 'Remove {food}',
      empty: 'Nothing here yet.',
      duplicate: '“{food}” is already on the list.',
    },
    household: {
      legend: 'Household and meals',
      size: 'Household size',
      sizeHint: 'People you cook for. Shopping lists scale to this.',
      slots: 'Meals each day',
      slot: {
        breakfast: 'Breakfast',
        lunch: 'Lunch',
        dinner: 'Dinner',
        snack: 'Snack',
      },
    },
    fish: {
      legend: 'Oily fish',
      hint: 'Plans hold at most 4 oily-fish meals a week (NHS advice), 2 when you are or may become pregnant.',
      mayBePregnant: 'I am or may become pregnant',
    },
    targets: {
      legend: 'Daily targets',
      fiber: 'Fiber (g per day)',
      fiberHint: 'UK advice is 30 g a day for adults (SACN); the EU reference is 25 g (EFSA). Most people eat about 18 g.',
      energy: 'Energy (kcal per day)',
      energyHint: '2000 kcal is the usual reference for adults; your own need depends on body, age and activity.',
      reset: 'Use recommended values',
    },
    errors: {
      required: 'Enter a value.',
      range: 'Enter a whole number from {min} to {max}.',
      whole: 'Enter a whole number from {min} to {max}.',
      duplicate: 'This is already chosen.',
      tooLong: 'Keep it under {max} characters.',
      tooMany: 'The list can hold at most {max} foods.',
      slotsRequired: 'Choose at least one meal.',
      invalid: 'This value is not valid.',
    },
  },
  health: {
    title: 'Health notice',
    notAdvice:
      'Gutplan helps you plan meals. It is not medical advice and does not diagnose or treat anything. Its food tags follow public rules and sources that it names; they can be wrong for a particular product.',
    seeDoctor: 'See a doctor rather than changing your diet if you have:',
    flags: {
      weightLoss: 'weight loss you can’t explain',
      blood: 'blood in your stool or bleeding from your bottom',
      familyHistory: 'a family history of bowel or ovarian cancer',
      over60: 'looser or more frequent stools for more than 6 weeks, and you are over 60',
      anaemia: 'anaemia, or a lump in your abdomen',
      pain: 'severe abdominal pain',
      coeliac:
        'ongoing gut symptoms, tiredness or mouth ulcers: ask to be tested for coeliac disease, and keep eating gluten until you are tested',
      acne: 'acne that is moderate or severe, painful deep spots, scarring, or acne that makes you feel unwell or low',
      pcos: 'acne that starts suddenly as an adult together with extra hair growth or irregular periods',
    },
    expectations:
      'Give changes time: skin usually needs 8 to 12 weeks before you can judge a difference, and acne treatments need at least 6 weeks.',
    sources: 'Sources: NICE CG61, NG12, NG20; NHS acne guidance.',
    acknowledge: 'I understand',
  },
  backup,
  findings,
  foods,
  plan,
  recipes,
  shopping,
  about: {
    title: 'About Gutplan',
    version: 'Version {version}',
    runtime: 'Running as: {runtime}',
    runtimes: { desktop: 'desktop app', browser: 'web app in your browser' },
    data: 'Your data stays on this computer, in the app’s own storage.',
    dataPath: 'Data folder: {path}',
    sources: 'Food data: USDA National Nutrient Database for Standard Reference, Release 24 (public domain).',
  },
}

export default en
export type MessageSchema = typeof en
