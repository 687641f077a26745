// Routes of this section; the first is the one the left navigation opens.
export const cellsRoutes = [
    { path: '/chi-bo', name: 'cells', component: () => import('./CellsPage.vue') }
];
