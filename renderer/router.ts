import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import ProfilePage from './pages/ProfilePage.vue'

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/profile' },
  { path: '/profile', name: 'profile', component: ProfilePage },
  { path: '/:pathMatch(.*)*', redirect: '/profile' },
]

/** Hash history, so the same build works from file:// in Electron and from a web server. */
export function createAppRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}
