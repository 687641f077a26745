import type { RouteRecordRaw } from 'vue-router'

// Routes of this section; the first is the one the left navigation opens.
export const cellsRoutes: RouteRecordRaw[] = [
  { path: '/chi-bo', name: 'cells', component: () => import('./CellsPage.vue') }
]
