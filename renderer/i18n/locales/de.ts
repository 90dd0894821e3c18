import backup from './de/backup'
import findings from './de/findings'
import foods from './de/foods'
import plan from './de/plan'
import recipes from './de/recipes'
import shopping from './de/shopping'
import type { MessageSchema } from './en'

/** German messages: typed against the English shape, so a missing key fails the typecheck. */
const de: MessageSchema = {
  app: {
    name: 'Gutplan',
    tagline: 'Darmfreundlich planen',
    skipToContent: 'Zum Inhalt springen',
    language: 'Sprache',
    languages: { en: 'English', de: 'Deutsch' },
    nav: { label: 'Hauptmenü', plan: 'Woche', profile: 'Profil', foods: 'Lebensmittel', recipes: 'Rezepte', shopping: 'Einkauf' },
    healthNotice: 'Gesundheitshinweis',
    about: 'Über Gutplan',
    close: 'Schließen',
    loading: 'Wird geladen …',
    pageFailed: {
      title: 'Bei dieser Ansicht ist ein Problem aufgetreten',
      body: 'Alles Gespeicherte ist sicher, und der Rest von Gutplan funktioniert wie gewohnt. Versuche es erneut oder gehe zu deiner Woche.',
      retry: 'Erneut versuchen',
      toWeek: 'Zur Woche',
    },
  },
  storage: {
    quota:
      'Auf deinem Computer ist kein Speicherplatz mehr für Gutplan frei, daher wurde die letzte Änderung nicht gespeichert. Alles bisher Gespeicherte ist noch da. Gib etwas Speicherplatz frei und versuche es erneut.',
    failed: 'Die letzte Änderung konnte nicht gespeichert werden: {reason}. Alles bisher Gespeicherte ist noch da.',
    notPersistent:
      'Dein Browser könnte die Daten von Gutplan löschen, wenn der Speicher knapp wird. Lege eine Sicherung an oder nutze die Desktop-App.',
    dismiss: 'Ausblenden',
  },
  platform: {
    cancelled: 'Abgebrochen.',
    error: 'Das hat nicht geklappt: {message}',
  },
  profile: {
    title: 'Dein Profil',
    intro:
      'Sag Gutplan, was du nicht essen kannst und was du erreichen willst. Pläne enthalten nie, was du hier markierst, und jede Änderung wird sofort gespeichert.',
    saved: 'Gespeichert',
    saving: 'Wird gespeichert …',
    notSaved: 'Nicht gespeichert: Bitte korrigiere das markierte Feld.',
    intolerances: {
      legend: 'Unverträglichkeiten',
      hint: 'FODMAP-Gruppen sind für eine FODMAP-arme Ernährung gedacht, am besten mit ernährungstherapeutischer Begleitung.',
      coeliacHint:
        'Noch nicht auf Zöliakie getestet? Sprich mit deiner Ärztin oder deinem Arzt, bevor du auf Gluten verzichtest: Für den Test musst du weiter Gluten essen (NICE NG20).',
      gluten: 'Gluten',
      lactose: 'Laktose',
      fodmap: 'FODMAP-Gruppen',
      fructans: 'Fruktane',
      gos: 'GOS (Galakto-Oligosaccharide)',
      'excess-fructose': 'Fruktoseüberschuss',
      sorbitol: 'Sorbit',
      mannitol: 'Mannit',
    },
    allergens: {
      legend: 'Allergene (EU 14)',
      hint: 'Die 14 Allergene, die nach EU-Lebensmittelrecht gekennzeichnet werden müssen.',
      'gluten-cereals': 'Glutenhaltiges Getreide',
      crustaceans: 'Krebstiere',
      eggs: 'Eier',
      fish: 'Fisch',
      peanuts: 'Erdnüsse',
      soybeans: 'Soja',
      milk: 'Milch',
      'tree-nuts': 'Schalenfrüchte (Nüsse)',
      celery: 'Sellerie',
      mustard: 'Senf',
      sesame: 'Sesam',
      sulphites: 'Sulfite',
      lupin: 'Lupinen',
      molluscs: 'Weichtiere',
    },
    diet: {
      legend: 'Ernährungsweise',
      omnivore: 'Mischkost',
      pescatarian: 'Pescetarisch',
      vegetarian: 'Vegetarisch',
      vegan: 'Vegan',
    },
    avoid: {
      legend: 'Lebensmittel, die du meidest',
      hint: 'Alles, was du nicht isst, egal aus welchem Grund. Tippe auf Deutsch oder Englisch und wähle ein Lebensmittel, eine Art von Lebensmitteln („Alle Pilze“) oder behalte das Wort. Pläne lassen das Lebensmittel und alles, was danach benannt ist, weg.',
      label: 'Lebensmittel zum Meiden hinzufügen',
      placeholder: 'z. B. Koriander, Pilze',
      add: 'Hinzufügen',
      options: 'Lebensmittel und Arten zum Meiden',
      keepWord: 'Das Wort „{word}“ meiden',
      added: '{food} steht jetzt auf der Liste der Lebensmittel, die du meidest.',
      type: { food: 'Lebensmittel', family: 'Art von Lebensmitteln', text: 'Wort' },
      reach: {
        foods: 'hält kein Lebensmittel fern | hält 1 Lebensmittel fern | hält {n} Lebensmittel fern',
        recipes: 'kein Rezept | 1 Rezept | {n} Rezepte',
        more: ' und {n} weitere | und {n} weiteres | und {n} weitere',
      },
      remove: '{food} entfernen',
      empty: 'Noch nichts eingetragen.',
      duplicate: '„{food}“ steht schon auf der Liste.',
    },
    household: {
      legend: 'Haushalt und Mahlzeiten',
      size: 'Haushaltsgröße',
      sizeHint: 'Für wie viele Personen du kochst. Einkaufslisten richten sich danach.',
      slots: 'Mahlzeiten pro Tag',
      slot: {
        breakfast: 'Frühstück',
        lunch: 'Mittagessen',
        dinner: 'Abendessen',
        snack: 'Zwischenmahlzeit',
      },
    },
    rules: {
      legend: 'Deine Planungsregeln',
      hint: 'Der Planer hält sie ein, wo ein passendes Rezept es erlaubt; eine Regel, die er nicht halten kann, steht bei der Woche unter „Nicht erreicht, und warum“.',
      caps: 'Kochzeit pro Tag',
      capsHint: 'Höchstens so viele Minuten (Zubereitung und Kochen) für jede Mahlzeit an diesem Tag. Lass einen Tag leer für keine Grenze.',
      capFor: 'Höchste Kochzeit in Minuten am {day}',
      capRange: 'Gib ganze Minuten von {min} bis {max} ein oder lass den Tag leer.',
      noCap: '–',
      notSameAsLastWeek: 'Nicht dieselben Rezepte wie letzte Woche',
      dayRules: 'Tagesregeln',
      dayRulesHint: 'Zum Beispiel Fisch am Freitag, fleischfreier Montag oder sonntags nicht kochen.',
      ruleText: '{day}, {slot}: {require}',
      allMeals: 'alle Mahlzeiten',
      dayLabel: 'Tag',
      slotLabel: 'Mahlzeit',
      requireLabel: 'Regel',
      add: 'Regel hinzufügen',
      remove: 'Regel entfernen',
      removeRecipe: '{name} von der Liste nehmen',
      favourites: 'Lieblingsrezepte (öfter geplant)',
      favouritesEmpty: 'Noch keine: Markiere ein Rezept auf seiner Seite als Lieblingsrezept.',
      disliked: 'Nie planen',
      dislikedEmpty: 'Noch keine: Markiere ein Rezept auf seiner Seite mit „Nie planen“.',
      require: { fish: 'Fisch oder Meeresfrüchte', vegetarian: 'fleischfrei', 'no-cook': 'nicht kochen' },
      day: { mon: 'Mo', tue: 'Di', wed: 'Mi', thu: 'Do', fri: 'Fr', sat: 'Sa', sun: 'So' },
      dayLong: { mon: 'Montag', tue: 'Dienstag', wed: 'Mittwoch', thu: 'Donnerstag', fri: 'Freitag', sat: 'Samstag', sun: 'Sonntag' },
    },
    fish: {
      legend: 'Fettreicher Fisch',
      hint: 'Pläne enthalten höchstens 4 Mahlzeiten mit fettreichem Fisch pro Woche (Empfehlung des NHS), 2, wenn du schwanger bist oder werden könntest.',
      mayBePregnant: 'Ich bin schwanger oder könnte es werden',
    },
    targets: {
      legend: 'Tagesziele',
      fiber: 'Ballaststoffe (g pro Tag)',
      fiberHint:
        'Im Vereinigten Königreich werden 30 g pro Tag für Erwachsene empfohlen (SACN), der EU-Referenzwert ist 25 g (EFSA). Die meisten essen etwa 18 g.',
      energy: 'Energie (kcal pro Tag)',
      energyHint:
        '2000 kcal ist der übliche Referenzwert für Erwachsene; dein eigener Bedarf hängt von Körper, Alter und Bewegung ab.',
      reset: 'Empfohlene Werte verwenden',
    },
    errors: {
      required: 'Bitte einen Wert eingeben.',
      range: 'Bitte eine ganze Zahl von {min} bis {max} eingeben.',
      whole: 'Bitte eine ganze Zahl von {min} bis {max} eingeben.',
      duplicate: 'Das ist bereits ausgewählt.',
      tooLong: 'Bitte weniger als {max} Zeichen.',
      tooMany: 'Die Liste fasst höchstens {max} Lebensmittel.',
      slotsRequired: 'Bitte mindestens eine Mahlzeit wählen.',
      invalid: 'Dieser Wert ist ungültig.',
    },
  },
  health: {
    title: 'Gesundheitshinweis',
    notAdvice:
      'Gutplan hilft dir beim Planen von Mahlzeiten. Es ist keine medizinische Beratung und stellt keine Diagnosen oder Behandlungen. Die Lebensmittel-Kennzeichnungen folgen öffentlichen Regeln und Quellen, die Gutplan nennt; für ein bestimmtes Produkt können sie falsch sein.',
    seeDoctor: 'Geh zur Ärztin oder zum Arzt, statt deine Ernährung umzustellen, wenn du Folgendes hast:',
    flags: {
      weightLoss: 'Gewichtsverlust, den du dir nicht erklären kannst',
      blood: 'Blut im Stuhl oder Blutungen aus dem After',
      familyHistory: 'Darm- oder Eierstockkrebs in der Familie',
      over60: 'seit mehr als 6 Wochen weicheren oder häufigeren Stuhl, wenn du über 60 bist',
      anaemia: 'Blutarmut oder einen tastbaren Knoten im Bauch',
      pain: 'starke Bauchschmerzen',
      coeliac:
        'anhaltende Magen-Darm-Beschwerden, Müdigkeit oder Mundgeschwüre: Lass dich auf Zöliakie testen und iss bis zum Test weiter Gluten',
      acne: 'mittelschwere oder schwere Akne, schmerzhafte tiefe Pickel, Narben oder Akne, durch die du dich krank oder niedergeschlagen fühlst',
      pcos: 'Akne, die im Erwachsenenalter plötzlich auftritt, zusammen mit vermehrtem Haarwuchs oder unregelmäßiger Periode',
    },
    expectations:
      'Gib Veränderungen Zeit: Bei der Haut lässt sich meist erst nach 8 bis 12 Wochen ein Unterschied beurteilen, und Aknebehandlungen brauchen mindestens 6 Wochen.',
    sources: 'Quellen: NICE CG61, NG12, NG20; NHS-Hinweise zu Akne.',
    acknowledge: 'Verstanden',
  },
  backup,
  findings,
  foods,
  plan,
  recipes,
  shopping,
  about: {
    title: 'Über Gutplan',
    version: 'Version {version}',
    runtime: 'Läuft als: {runtime}',
    runtimes: { desktop: 'Desktop-App', browser: 'Web-App in deinem Browser' },
    data: 'Deine Daten bleiben auf diesem Computer, im eigenen Speicher der App.',
    dataPath: 'Datenordner: {path}',
    sources:
      'Nährwertdaten: USDA National Nutrient Database for Standard Reference, Release 24 (gemeinfrei).',
  },
}

export default de
