// Routes of this section; the first is the one the left navigation opens.
export const settingsRoutes = [
    { path: '/cai-dat', name: 'settings', component: () => import('./SettingsPage.vue') }
];
