import type { RouteRecordRaw } from 'vue-router'

// Routes of this section; the first is the one the left navigation opens.
export const meetingsRoutes: RouteRecordRaw[] = [
  { path: '/sinh-hoat', name: 'meetings', component: () => import('./MeetingsPage.vue') },
  // "Ghi sinh hoạt": ?cellId= preselects the cell.
  { path: '/sinh-hoat/moi', name: 'meeting-new', component: () => import('./MeetingEditorPage.vue') },
  // "Ghi cả tháng": ?month=YYYY-MM.
  {
    path: '/sinh-hoat/thang',
    name: 'meetings-month',
    component: () => import('./month/MonthMeetingsPage.vue')
  },
  { path: '/sinh-hoat/:id', name: 'meeting', component: () => import('./MeetingEditorPage.vue'), props: true }
]
