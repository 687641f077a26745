import type { RouteRecordRaw } from 'vue-router'

// Routes of this section; the first is the one the left navigation opens.
export const honoursRoutes: RouteRecordRaw[] = [
  { path: '/khen-thuong', name: 'honours', component: () => import('./HonoursPage.vue') }
]
