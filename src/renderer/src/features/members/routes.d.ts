import type { RouteRecordRaw } from 'vue-router';
export declare const membersRoutes: RouteRecordRaw[];
