import type { RouteRecordRaw } from 'vue-router'

// Routes of this section; the first is the one the left navigation opens.
export const roundtripRoutes: RouteRecordRaw[] = [
  { path: '/so-chi-bo', name: 'roundtrip', component: () => import('./RoundTripPage.vue') }
]
