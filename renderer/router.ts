import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import ProfilePage from './pages/ProfilePage.vue'

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/plan' },
  { path: '/plan/:week?', name: 'plan', component: () => import('./pages/PlanPage.vue') },
  { path: '/shopping/:week?', name: 'shopping', component: () => import('./pages/ShoppingPage.vue') },
  { path: '/print/week/:week', name: 'print-week', component: () => import('./pages/PrintWeekPage.vue'), meta: { bare: true } },
  { path: '/print/shopping/:week', name: 'print-shopping', component: () => import('./pages/PrintShoppingPage.vue'), meta: { bare: true } },
  { path: '/profile', name: 'profile', component: ProfilePage },
  { path: '/foods/:id?', name: 'foods', component: () => import('./pages/FoodsPage.vue') },
  { path: '/recipes', name: 'recipes', component: () => import('./pages/RecipesPage.vue') },
  { path: '/recipes/:id', name: 'recipe', component: () => import('./pages/RecipePage.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/plan' },
]

/** Hash history, so the same build works from file:// in Electron and from a web server. */
export function createAppRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}
