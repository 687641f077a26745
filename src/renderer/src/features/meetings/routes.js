// Routes of this section; the first is the one the left navigation opens.
export const meetingsRoutes = [
    { path: '/sinh-hoat', name: 'meetings', component: () => import('./MeetingsPage.vue') }
];
