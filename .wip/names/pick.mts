import { builtInRecipes } from '/work/main/shared/recipes/library/index.ts'
import cat from '/work/main/shared/food/data/catalogue.json' with { type: 'json' }
import { curatedFoods } from '/work/main/shared/food/curated-foods.ts'
import { writeFileSync } from 'node:fs'
const recipeIds = new Set<string>()
for (const r of builtInRecipes) for (const i of r.ingredients) recipeIds.add(i.foodId)
const foods: {id:string,name:string,group:string}[] = (cat as any).foods.map((f:any)=>({id:f[0],name:f[1],group:f[2]}))
for (const c of curatedFoods as any[]) foods.push({id:c.id,name:c.name,group:c.group})
const bad = /babyfood|infant formula|restaurant|fast food|school lunch|USDA commodity|imitation|industrial|commercial|formulated/i
const brand = /\b[A-Z]{3,}\b/
const pick = new Set<string>(recipeIds)
const byGroup: Record<string, number> = {}
const want = (f: any): boolean => {
  const n = f.name
  if (bad.test(n) || brand.test(n.replace(/\b(NFS|NLEA|USDA)\b/g,''))) return false
  switch (f.group) {
    case '02': case '12': case '16': case '20': return !/prepared with|salt added|with salt/i.test(n) || /raw|dry/.test(n)
    case '09': return /raw|dried|canned|frozen|juice/i.test(n) && !/sweetened|heavy syrup|light syrup|extra/i.test(n)
    case '11': return /\braw\b|canned|frozen, unprepared|dried/i.test(n) && !/with salt|salt added|drained solids.*salt|low sodium/i.test(n)
    case '01': return !/cheese (food|spread|product)|pasteurized process|dessert|substitute|imitation/i.test(n)
    case '15': return /\braw\b|canned|smoked|dried/i.test(n)
    case '05': return /\braw\b/.test(n) && /broilers or fryers|turkey|duck/i.test(n) && (n.split(',').length<=5)
    case '10': case '13': case '17': return /\braw\b/.test(n) && n.split(',').length<=5
    case '04': return n.split(',').length<=2
    case '18': return n.split(',').length<=2
    case '19': return n.split(',').length<=2
    case '14': return n.split(',').length<=2
    case '06': return n.split(',').length<=2 && !/dehydrated|canned, condensed/.test(n)
    case '07': return n.split(',').length<=1
    default: return false
  }
}
for (const f of foods) if (want(f)) pick.add(f.id)
const out = foods.filter(f=>pick.has(f.id)).map(f=>({id:f.id,usda:f.name,group:f.group,recipe:recipeIds.has(f.id)}))
for (const f of out) byGroup[f.group]=(byGroup[f.group]??0)+1
console.log(out.length, recipeIds.size, byGroup)
writeFileSync('/tmp/names/candidates.json', JSON.stringify(out))
