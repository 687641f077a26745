// Every route of the app, each section's from its features/<f>/routes.ts. Links use route names
// ({ name: 'member', params: { id } }), never path strings, so a path can change in one place.
import type { RouteRecordRaw } from 'vue-router'
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

export const routes: RouteRecordRaw[] = [
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
