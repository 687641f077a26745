/// <reference types="../../../../../node_modules/@vue/language-core/types/template-helpers.d.ts" />
/// <reference types="../../../../../node_modules/@vue/language-core/types/props-fallback.d.ts" />
// Placeholder until this panel is built.
const __VLS_ctx = {};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    __VLS_asFunctionalElement1(__VLS_intrinsics.section, __VLS_intrinsics.section)({
        'aria-label': "Khóa ứng dụng",
    });
    let __VLS_0;
    /** @ts-ignore @type { | typeof __VLS_components.elEmpty | typeof __VLS_components.ElEmpty | typeof __VLS_components['el-empty']} */
    elEmpty;
    // @ts-ignore
    const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
        // @ts-ignore
        description: "Đặt mật khẩu mở ứng dụng để tránh người khác xem tình cờ.", imageSize: (80),
    }));
    const __VLS_2 = __VLS_1({
        description: "Đặt mật khẩu mở ứng dụng để tránh người khác xem tình cờ.",
        imageSize: (80),
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({});
export default {};
