import type { RouteRecordRaw } from 'vue-router'

// Routes of this section; the first is the one the left navigation opens.
export const membersRoutes: RouteRecordRaw[] = [
  { path: '/dang-vien', name: 'members', component: () => import('./MembersPage.vue') }
]
