import type { RouteRecordRaw } from 'vue-router'

// Routes of this section; the first is the one the left navigation opens.
export const overviewRoutes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: () => import('./OverviewPage.vue') }
]
