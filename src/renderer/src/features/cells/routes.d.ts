import type { RouteRecordRaw } from 'vue-router';
export declare const cellsRoutes: RouteRecordRaw[];
