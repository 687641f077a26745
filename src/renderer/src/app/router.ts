import { createRouter, createWebHashHistory } from 'vue-router'
import { routes } from './routes'

// Hash history: works the same from app://, from a file and from the web preview.
// Each section owns its routes (features/<f>/routes.ts, gathered in routes.ts); pages are lazy-loaded.
export const router = createRouter({ history: createWebHashHistory(), routes })
