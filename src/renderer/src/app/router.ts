import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'

// Hash history: works the same from app://, from a file and from the web preview.
// Pages are lazy-loaded so start-up only pays for the first screen.
const routes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: () => import('../features/overview/OverviewPage.vue') },
  { path: '/chi-bo', name: 'cells', component: () => import('../features/cells/CellsPage.vue') },
  { path: '/dang-vien', name: 'members', component: () => import('../features/members/MembersPage.vue') },
  { path: '/sinh-hoat', name: 'meetings', component: () => import('../features/meetings/MeetingsPage.vue') },
  { path: '/danh-gia', name: 'reviews', component: () => import('../features/reviews/ReviewsPage.vue') },
  { path: '/khen-thuong', name: 'honours', component: () => import('../features/honours/HonoursPage.vue') },
  { path: '/bao-cao', name: 'reports', component: () => import('../features/reports/ReportsPage.vue') },
  { path: '/sao-luu', name: 'backup', component: () => import('../features/backup/BackupPage.vue') },
  { path: '/cai-dat', name: 'settings', component: () => import('../features/settings/SettingsPage.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/' }
]

export const router = createRouter({ history: createWebHashHistory(), routes })
