// Routes of this section; the first is the one the left navigation opens.
export const honoursRoutes = [
    { path: '/khen-thuong', name: 'honours', component: () => import('./HonoursPage.vue') }
];
