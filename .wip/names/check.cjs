const fs = require('fs')
const n = process.argv[2]
const input = JSON.parse(fs.readFileSync(`/tmp/names/chunk-${n}.json`, 'utf8'))
const out = JSON.parse(fs.readFileSync(`/tmp/names/out-${n}.json`, 'utf8'))
const errors = []
if (!Array.isArray(out)) throw new Error('not an array')
const ids = new Set(input.map((f) => f.id))
const seen = new Set()
const en = new Map(), de = new Map()
for (const e of out) {
  if (!ids.has(e.id)) errors.push(`unknown id ${e.id}`)
  if (seen.has(e.id)) errors.push(`duplicate id ${e.id}`)
  seen.add(e.id)
  for (const k of ['en', 'de']) if (typeof e[k] !== 'string' || e[k].trim() === '' || e[k].length > 48) errors.push(`${e.id}: ${k} missing or longer than 48`)
  for (const k of ['enAliases', 'deAliases']) if (!Array.isArray(e[k]) || e[k].some((a) => typeof a !== 'string' || !a.trim())) errors.push(`${e.id}: ${k} must be an array of strings`)
  if (/ae|oe|ue/.test(e.de ?? '') && /(Aepfel|Moehre|Kaese|Suess|Gruen|Fluessig|Oel\b|Ruebe)/.test(e.de)) errors.push(`${e.id}: use umlauts in ${e.de}`)
  const ke = (e.en ?? '').toLowerCase().trim(), kd = (e.de ?? '').toLowerCase().trim()
  if (en.has(ke)) errors.push(`same en name "${e.en}" for ${en.get(ke)} and ${e.id}`)
  if (de.has(kd)) errors.push(`same de name "${e.de}" for ${de.get(kd)} and ${e.id}`)
  en.set(ke, e.id); de.set(kd, e.id)
}
for (const id of ids) if (!seen.has(id)) errors.push(`missing id ${id}`)
if (errors.length) { console.log(errors.slice(0, 60).join('\n')); console.log(`${errors.length} problems`); process.exit(1) }
console.log(`OK ${out.length}`)
