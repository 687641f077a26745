import type { RouteRecordRaw } from 'vue-router';
export declare const meetingsRoutes: RouteRecordRaw[];
