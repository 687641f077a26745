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
        title: "Tổng quan",
    }));
    const __VLS_2 = __VLS_1({
        title: "Tổng quan",
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    const __VLS_5 = EmptySection;
    // @ts-ignore
    const __VLS_6 = __VLS_asFunctionalComponent1(__VLS_5, new __VLS_5({
        // @ts-ignore
        title: "Chưa có dữ liệu", description: "Trang này sẽ tóm tắt tình hình Đảng bộ khi đã có chi bộ và đảng viên.", items: (['Số đảng viên chính thức, dự bị, miễn sinh hoạt; số chi bộ', 'Tình hình sinh hoạt chi bộ trong năm', 'Đảng viên sắp hết thời gian dự bị, cảnh báo vắng sinh hoạt', 'Tiến độ đánh giá, xếp loại năm nay']),
    }));
    const __VLS_7 = __VLS_6({
        title: "Chưa có dữ liệu",
        description: "Trang này sẽ tóm tắt tình hình Đảng bộ khi đã có chi bộ và đảng viên.",
        items: (['Số đảng viên chính thức, dự bị, miễn sinh hoạt; số chi bộ', 'Tình hình sinh hoạt chi bộ trong năm', 'Đảng viên sắp hết thời gian dự bị, cảnh báo vắng sinh hoạt', 'Tiến độ đánh giá, xếp loại năm nay']),
    }, ...__VLS_functionalComponentArgsRest(__VLS_6));
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({});
export default {};
