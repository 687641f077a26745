// Routes of this section; the first is the one the left navigation opens.
export const membersRoutes = [
    { path: '/dang-vien', name: 'members', component: () => import('./MembersPage.vue') }
];
