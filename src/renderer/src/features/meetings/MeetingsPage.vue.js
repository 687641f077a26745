import PageHeader from '@renderer/ui/PageHeader.vue';
import EmptySection from '@renderer/ui/EmptySection.vue';
const __VLS_ctx = {};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    const __VLS_0 = PageHeader;
    // @ts-ignore
    const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
        // @ts-ignore
        title: "Sinh hoạt chi bộ",
    }));
    const __VLS_2 = __VLS_1({
        title: "Sinh hoạt chi bộ",
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    const __VLS_5 = EmptySection;
    // @ts-ignore
    const __VLS_6 = __VLS_asFunctionalComponent1(__VLS_5, new __VLS_5({
        // @ts-ignore
        title: "Chưa có dữ liệu", description: "Biên bản sinh hoạt thường kỳ, chuyên đề của các chi bộ sẽ hiện ở đây.", items: (['Điểm danh: có mặt, vắng có lý do, vắng không lý do', 'Chuyên đề mỗi quý, nhiệm vụ chuyển kỳ sau', 'Bảng theo dõi sinh hoạt theo tháng và quý']),
    }));
    const __VLS_7 = __VLS_6({
        title: "Chưa có dữ liệu",
        description: "Biên bản sinh hoạt thường kỳ, chuyên đề của các chi bộ sẽ hiện ở đây.",
        items: (['Điểm danh: có mặt, vắng có lý do, vắng không lý do', 'Chuyên đề mỗi quý, nhiệm vụ chuyển kỳ sau', 'Bảng theo dõi sinh hoạt theo tháng và quý']),
    }, ...__VLS_functionalComponentArgsRest(__VLS_6));
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({});
export default {};
