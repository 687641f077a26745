import type { RouteRecordRaw } from 'vue-router';
export declare const reviewsRoutes: RouteRecordRaw[];
