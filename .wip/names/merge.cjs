const fs = require('fs')
const foods = {}
const fold = (s) => s.toLowerCase().replace(/ß/g, 'ss').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’]/g, '').trim()
for (const n of [0, 1, 2, 3, 4, 5, 6, 7, 8, 41, 42, 43, 61, 62, 63]) {
  const p = `/tmp/names/out-${n}.json`
  if (!fs.existsSync(p)) { console.log('missing', p); continue }
  for (const e of JSON.parse(fs.readFileSync(p, 'utf8'))) {
    const dedupe = (list, name) => [...new Map(list.map((a) => a.trim()).filter((a) => a && fold(a) !== fold(name)).map((a) => [fold(a), a])).values()]
    foods[e.id] = { en: e.en.trim(), de: e.de.trim(), enAliases: dedupe(e.enAliases, e.en), deAliases: dedupe(e.deAliases, e.de) }
  }
}
// overrides written by hand after review
const overridesPath = '/tmp/names/overrides.json'
if (fs.existsSync(overridesPath)) for (const [id, o] of Object.entries(JSON.parse(fs.readFileSync(overridesPath, 'utf8')))) foods[id] = { ...foods[id], ...o }
const ids = Object.keys(foods).sort((a, b) => (a < b ? -1 : 1))
for (const lang of ['en', 'de']) {
  const seen = new Map()
  for (const id of ids) {
    const k = fold(foods[id][lang])
    if (seen.has(k)) console.log(`CLASH ${lang} "${foods[id][lang]}": ${seen.get(k)} ${id}`)
    else seen.set(k, id)
  }
}
const out = { format: 'gutplan-food-names/1', note: 'Everyday names in British English and German, with aliases (US words, plurals, regional German, compounds), written by the Gutplan team for the foods of the built-in recipes and the foods people most look for. The USDA description stays the precise description.', foods: Object.fromEntries(ids.map((id) => [id, foods[id]])) }
let text = '{\n  "format": ' + JSON.stringify(out.format) + ',\n  "note": ' + JSON.stringify(out.note) + ',\n  "foods": {\n'
text += ids.map((id) => `    ${JSON.stringify(id)}: ${JSON.stringify(foods[id])}`).join(',\n')
text += '\n  }\n}\n'
fs.writeFileSync('/work/main/shared/food/data/food-names.json', text)
console.log('wrote', ids.length)
