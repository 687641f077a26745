import type { RouteRecordRaw } from 'vue-router';
export declare const reportsRoutes: RouteRecordRaw[];
