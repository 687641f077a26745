import type { RouteRecordRaw } from 'vue-router'

// Routes of this section; the first is the one the left navigation opens.
export const membersRoutes: RouteRecordRaw[] = [
  { path: '/dang-vien', name: 'members', component: () => import('./MembersPage.vue') },
  {
    path: '/dang-vien/nhap-tu-excel',
    name: 'members-import',
    component: () => import('./import/ImportPage.vue')
  },
  {
    path: '/dang-vien/nhap-lich-su',
    name: 'members-history',
    component: () => import('../history/HistoryImportPage.vue')
  },
  { path: '/dang-vien/:id', name: 'member', component: () => import('./MemberDetailPage.vue'), props: true }
]
