import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { overviewRoutes } from '../features/overview/routes'
import { cellsRoutes } from '../features/cells/routes'
import { membersRoutes } from '../features/members/routes'
import { meetingsRoutes } from '../features/meetings/routes'
import { reviewsRoutes } from '../features/reviews/routes'
import { roundtripRoutes } from '../features/roundtrip/routes'
import { honoursRoutes } from '../features/honours/routes'
import { reportsRoutes } from '../features/reports/routes'
import { backupRoutes } from '../features/backup/routes'
import { settingsRoutes } from '../features/settings/routes'

// Hash history: works the same from app://, from a file and from the web preview.
// Each section owns its routes (features/<f>/routes.ts); pages are lazy-loaded.
const routes: RouteRecordRaw[] = [
  ...overviewRoutes,
  ...cellsRoutes,
  ...membersRoutes,
  ...meetingsRoutes,
  ...reviewsRoutes,
  ...roundtripRoutes,
  ...honoursRoutes,
  ...reportsRoutes,
  ...backupRoutes,
  ...settingsRoutes,
  { path: '/:pathMatch(.*)*', redirect: '/' }
]

export const router = createRouter({ history: createWebHashHistory(), routes })
