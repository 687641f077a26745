import type { RouteRecordRaw } from 'vue-router';
export declare const settingsRoutes: RouteRecordRaw[];
