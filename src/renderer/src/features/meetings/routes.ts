import type { RouteRecordRaw } from 'vue-router'

// Routes of this section; the first is the one the left navigation opens.
export const meetingsRoutes: RouteRecordRaw[] = [
  { path: '/sinh-hoat', name: 'meetings', component: () => import('./MeetingsPage.vue') }
]
