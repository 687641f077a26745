// Routes of this section; the first is the one the left navigation opens.
export const overviewRoutes = [
    { path: '/', name: 'overview', component: () => import('./OverviewPage.vue') }
];
