import type { RouteRecordRaw } from 'vue-router';
export declare const honoursRoutes: RouteRecordRaw[];
