import type { RouteRecordRaw } from 'vue-router'

// Routes of this section; the first is the one the left navigation opens.
export const backupRoutes: RouteRecordRaw[] = [
  { path: '/sao-luu', name: 'backup', component: () => import('./BackupPage.vue') }
]
