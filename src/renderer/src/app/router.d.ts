export declare const router: import("vue-router").Router;
