// Routes of this section; the first is the one the left navigation opens.
export const reviewsRoutes = [
    { path: '/danh-gia', name: 'reviews', component: () => import('./ReviewsPage.vue') }
];
