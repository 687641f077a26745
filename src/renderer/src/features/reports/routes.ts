import type { RouteRecordRaw } from 'vue-router'

// Routes of this section; the first is the one the left navigation opens.
export const reportsRoutes: RouteRecordRaw[] = [
  { path: '/bao-cao', name: 'reports', component: () => import('./ReportsPage.vue') }
]
