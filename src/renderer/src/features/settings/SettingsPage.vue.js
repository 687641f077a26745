/// <reference types="../../../../../node_modules/@vue/language-core/types/template-helpers.d.ts" />
/// <reference types="../../../../../node_modules/@vue/language-core/types/props-fallback.d.ts" />
import { computed, onMounted, reactive, ref } from 'vue';
import { ElMessage } from 'element-plus';
import PageHeader from '@renderer/ui/PageHeader.vue';
import { EMPTY_SETTINGS, SETTINGS_LABELS, validateSettings } from '@renderer/domain/settings';
import { useSettingsStore } from './settingsStore';
import RulesProfilesPanel from '../reviews/RulesProfilesPanel.vue';
import AppLockPanel from '../backup/AppLockPanel.vue';
import DemoDataPanel from '../demo/DemoDataPanel.vue';
const tab = ref('organization');
const store = useSettingsStore();
const form = reactive({ ...EMPTY_SETTINGS });
const submitted = ref(false);
const saving = ref(false);
const errors = computed(() => (submitted.value ? validateSettings(form) : {}));
onMounted(async () => {
    const s = await store.load();
    Object.assign(form, {
        superiorName: s.superiorName,
        issuingBody: s.issuingBody,
        placeName: s.placeName,
        documentNumberSuffix: s.documentNumberSuffix,
        signerRole: s.signerRole,
        signerTitle: s.signerTitle,
        signerName: s.signerName,
        clerkName: s.clerkName
    });
});
async function save() {
    submitted.value = true;
    if (Object.keys(validateSettings(form)).length > 0) {
        ElMessage.error('Chưa lưu: vui lòng sửa các ô báo lỗi.');
        return;
    }
    saving.value = true;
    try {
        const saved = await store.save(form);
        Object.assign(form, { ...saved });
        ElMessage.success('Đã lưu cài đặt.');
    }
    catch (e) {
        ElMessage.error(`Không lưu được cài đặt: ${e.message}. Hãy thử lại.`);
    }
    finally {
        saving.value = false;
    }
}
const headerFields = [
    'superiorName',
    'issuingBody',
    'placeName',
    'documentNumberSuffix'
];
const signerFields = ['signerRole', 'signerTitle', 'signerName'];
const placeholders = {
    superiorName: 'VD: ĐẢNG BỘ TỈNH THANH HÓA',
    issuingBody: 'VD: ĐẢNG ỦY PHƯỜNG TRƯỜNG SƠN',
    placeName: 'VD: Trường Sơn',
    documentNumberSuffix: 'VD: /ĐU',
    signerRole: 'VD: T/M ĐẢNG ỦY',
    signerTitle: 'VD: BÍ THƯ',
    signerName: 'VD: Nguyễn Văn An',
    clerkName: 'VD: Trần Thị Bình'
};
const __VLS_ctx = {};
let __VLS_components;
let __VLS_intrinsics;
let __VLS_directives;
void __VLS_ctx, __VLS_components, __VLS_intrinsics, __VLS_directives;
const __VLS_template = () => {
    __VLS_withDotValue(SETTINGS_LABELS, {});
    __VLS_withDotValue(errors, {});
    __VLS_withDotValue(form, {});
    __VLS_withDotValue(placeholders, {});
    void {};
    const __VLS_0 = PageHeader;
    // @ts-ignore
    const __VLS_1 = __VLS_asFunctionalComponent1(__VLS_0, new __VLS_0({
        // @ts-ignore
        title: "Cài đặt",
    }));
    const __VLS_2 = __VLS_1({
        title: "Cài đặt",
    }, ...__VLS_functionalComponentArgsRest(__VLS_1));
    let __VLS_5;
    /** @ts-ignore @type { | typeof __VLS_components.elTabs | typeof __VLS_components.ElTabs | typeof __VLS_components['el-tabs'] | typeof __VLS_components.elTabs | typeof __VLS_components.ElTabs | typeof __VLS_components['el-tabs']} */
    elTabs;
    // @ts-ignore
    const __VLS_6 = __VLS_asFunctionalComponent1(__VLS_5, new __VLS_5({
        // @ts-ignore
        modelValue: (__VLS_unwrap(tab, {})), ...{ class: "page-card" },
    }));
    const __VLS_7 = __VLS_6({
        modelValue: (__VLS_unwrap(tab, {})),
        ...{ class: "page-card" },
    }, ...__VLS_functionalComponentArgsRest(__VLS_6));
    /** @type {__VLS_StyleScopedClasses['page-card']} */ ;
    var __VLS_8;
    const { default: __VLS_10 } = __VLS_nonNull(__VLS_8.slots);
    let __VLS_11;
    /** @ts-ignore @type { | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane'] | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane']} */
    elTabPane;
    // @ts-ignore
    const __VLS_12 = __VLS_asFunctionalComponent1(__VLS_11, new __VLS_11({
        // @ts-ignore
        label: "Tên đơn vị, người ký", name: "organization",
    }));
    const __VLS_13 = __VLS_12({
        label: "Tên đơn vị, người ký",
        name: "organization",
    }, ...__VLS_functionalComponentArgsRest(__VLS_12));
    var __VLS_14;
    const { default: __VLS_16 } = __VLS_nonNull(__VLS_14.slots);
    __VLS_asFunctionalElement1(__VLS_intrinsics.div, __VLS_intrinsics.div)({
        ...{ class: "settings-card" },
    });
    /** @type {__VLS_StyleScopedClasses['settings-card']} */ ;
    let __VLS_17;
    /** @ts-ignore @type { | typeof __VLS_components.elForm | typeof __VLS_components.ElForm | typeof __VLS_components['el-form'] | typeof __VLS_components.elForm | typeof __VLS_components.ElForm | typeof __VLS_components['el-form']} */
    elForm;
    // @ts-ignore
    const __VLS_18 = __VLS_asFunctionalComponent1(__VLS_17, new __VLS_17({
        // @ts-ignore
        ...{ 'onSubmit': {} }, labelPosition: "top", model: (form.value),
    }));
    const __VLS_19 = __VLS_18({
        ...{ 'onSubmit': {} },
        labelPosition: "top",
        model: (form.value),
    }, ...__VLS_functionalComponentArgsRest(__VLS_18));
    let __VLS_22;
    const __VLS_23 = {
        /** @type {typeof __VLS_22.submit} */
        onSubmit: (save),
    };
    void __VLS_23;
    var __VLS_20;
    var __VLS_21;
    const { default: __VLS_24 } = __VLS_nonNull(__VLS_20.slots);
    __VLS_asFunctionalElement1(__VLS_intrinsics.h2, __VLS_intrinsics.h2)({
        ...{ class: "settings-section" },
    });
    /** @type {__VLS_StyleScopedClasses['settings-section']} */ ;
    __VLS_asFunctionalElement1(__VLS_intrinsics.p, __VLS_intrinsics.p)({
        ...{ class: "settings-hint" },
    });
    /** @type {__VLS_StyleScopedClasses['settings-hint']} */ ;
    const __VLS_25 = __VLS_tryAsConstant((__VLS_unwrap(headerFields, {})));
    for (const [key] of __VLS_vFor(__VLS_nonNull(__VLS_25))) {
        let __VLS_26;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_27 = __VLS_asFunctionalComponent1(__VLS_26, new __VLS_26({
            // @ts-ignore
            key: (key), label: (SETTINGS_LABELS.value[key]), error: (errors.value[key]), required: (key !== 'documentNumberSuffix'),
        }));
        const __VLS_28 = __VLS_27({
            key: (key),
            label: (SETTINGS_LABELS.value[key]),
            error: (errors.value[key]),
            required: (key !== 'documentNumberSuffix'),
        }, ...__VLS_functionalComponentArgsRest(__VLS_27));
        var __VLS_29;
        const { default: __VLS_31 } = __VLS_nonNull(__VLS_29.slots);
        let __VLS_32;
        /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
        elInput;
        // @ts-ignore
        const __VLS_33 = __VLS_asFunctionalComponent1(__VLS_32, new __VLS_32({
            // @ts-ignore
            modelValue: (form.value[key]), placeholder: (placeholders.value[key]), 'aria-label': (SETTINGS_LABELS.value[key]),
        }));
        const __VLS_34 = __VLS_33({
            modelValue: (form.value[key]),
            placeholder: (placeholders.value[key]),
            'aria-label': (SETTINGS_LABELS.value[key]),
        }, ...__VLS_functionalComponentArgsRest(__VLS_33));
        // @ts-ignore
        [tab, form, form, headerFields, SETTINGS_LABELS, SETTINGS_LABELS, errors, placeholders,];
        // @ts-ignore
        [];
    }
    __VLS_asFunctionalElement1(__VLS_intrinsics.h2, __VLS_intrinsics.h2)({
        ...{ class: "settings-section" },
    });
    /** @type {__VLS_StyleScopedClasses['settings-section']} */ ;
    const __VLS_37 = __VLS_tryAsConstant((__VLS_unwrap(signerFields, {})));
    for (const [key] of __VLS_vFor(__VLS_nonNull(__VLS_37))) {
        let __VLS_38;
        /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
        elFormItem;
        // @ts-ignore
        const __VLS_39 = __VLS_asFunctionalComponent1(__VLS_38, new __VLS_38({
            // @ts-ignore
            key: (key), label: (SETTINGS_LABELS.value[key]), error: (errors.value[key]), required: (key !== 'signerName'),
        }));
        const __VLS_40 = __VLS_39({
            key: (key),
            label: (SETTINGS_LABELS.value[key]),
            error: (errors.value[key]),
            required: (key !== 'signerName'),
        }, ...__VLS_functionalComponentArgsRest(__VLS_39));
        var __VLS_41;
        const { default: __VLS_43 } = __VLS_nonNull(__VLS_41.slots);
        let __VLS_44;
        /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
        elInput;
        // @ts-ignore
        const __VLS_45 = __VLS_asFunctionalComponent1(__VLS_44, new __VLS_44({
            // @ts-ignore
            modelValue: (form.value[key]), placeholder: (placeholders.value[key]), 'aria-label': (SETTINGS_LABELS.value[key]),
        }));
        const __VLS_46 = __VLS_45({
            modelValue: (form.value[key]),
            placeholder: (placeholders.value[key]),
            'aria-label': (SETTINGS_LABELS.value[key]),
        }, ...__VLS_functionalComponentArgsRest(__VLS_45));
        // @ts-ignore
        [form, SETTINGS_LABELS, SETTINGS_LABELS, errors, placeholders, signerFields,];
        // @ts-ignore
        [];
    }
    __VLS_asFunctionalElement1(__VLS_intrinsics.h2, __VLS_intrinsics.h2)({
        ...{ class: "settings-section" },
    });
    /** @type {__VLS_StyleScopedClasses['settings-section']} */ ;
    let __VLS_49;
    /** @ts-ignore @type { | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item'] | typeof __VLS_components.elFormItem | typeof __VLS_components.ElFormItem | typeof __VLS_components['el-form-item']} */
    elFormItem;
    // @ts-ignore
    const __VLS_50 = __VLS_asFunctionalComponent1(__VLS_49, new __VLS_49({
        // @ts-ignore
        label: (SETTINGS_LABELS.value.clerkName), error: (errors.value.clerkName),
    }));
    const __VLS_51 = __VLS_50({
        label: (SETTINGS_LABELS.value.clerkName),
        error: (errors.value.clerkName),
    }, ...__VLS_functionalComponentArgsRest(__VLS_50));
    var __VLS_52;
    const { default: __VLS_54 } = __VLS_nonNull(__VLS_52.slots);
    let __VLS_55;
    /** @ts-ignore @type { | typeof __VLS_components.elInput | typeof __VLS_components.ElInput | typeof __VLS_components['el-input']} */
    elInput;
    // @ts-ignore
    const __VLS_56 = __VLS_asFunctionalComponent1(__VLS_55, new __VLS_55({
        // @ts-ignore
        modelValue: (form.value.clerkName), placeholder: (placeholders.value.clerkName), 'aria-label': (SETTINGS_LABELS.value.clerkName),
    }));
    const __VLS_57 = __VLS_56({
        modelValue: (form.value.clerkName),
        placeholder: (placeholders.value.clerkName),
        'aria-label': (SETTINGS_LABELS.value.clerkName),
    }, ...__VLS_functionalComponentArgsRest(__VLS_56));
    // @ts-ignore
    [form, SETTINGS_LABELS, SETTINGS_LABELS, errors, placeholders,];
    let __VLS_60;
    /** @ts-ignore @type { | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button'] | typeof __VLS_components.elButton | typeof __VLS_components.ElButton | typeof __VLS_components['el-button']} */
    elButton;
    // @ts-ignore
    const __VLS_61 = __VLS_asFunctionalComponent1(__VLS_60, new __VLS_60({
        // @ts-ignore
        type: "primary", nativeType: "submit", loading: (__VLS_unwrap(saving, {})),
    }));
    const __VLS_62 = __VLS_61({
        type: "primary",
        nativeType: "submit",
        loading: (__VLS_unwrap(saving, {})),
    }, ...__VLS_functionalComponentArgsRest(__VLS_61));
    var __VLS_63;
    const { default: __VLS_65 } = __VLS_nonNull(__VLS_63.slots);
    // @ts-ignore
    [saving,];
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    let __VLS_66;
    /** @ts-ignore @type { | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane'] | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane']} */
    elTabPane;
    // @ts-ignore
    const __VLS_67 = __VLS_asFunctionalComponent1(__VLS_66, new __VLS_66({
        // @ts-ignore
        label: "Quy định đánh giá", name: "rules", lazy: true,
    }));
    const __VLS_68 = __VLS_67({
        label: "Quy định đánh giá",
        name: "rules",
        lazy: true,
    }, ...__VLS_functionalComponentArgsRest(__VLS_67));
    var __VLS_69;
    const { default: __VLS_71 } = __VLS_nonNull(__VLS_69.slots);
    const __VLS_72 = RulesProfilesPanel;
    // @ts-ignore
    const __VLS_73 = __VLS_asFunctionalComponent1(__VLS_72, new __VLS_72({
    // @ts-ignore
    }));
    const __VLS_74 = __VLS_73({}, ...__VLS_functionalComponentArgsRest(__VLS_73));
    // @ts-ignore
    [];
    let __VLS_77;
    /** @ts-ignore @type { | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane'] | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane']} */
    elTabPane;
    // @ts-ignore
    const __VLS_78 = __VLS_asFunctionalComponent1(__VLS_77, new __VLS_77({
        // @ts-ignore
        label: "Khóa ứng dụng", name: "lock", lazy: true,
    }));
    const __VLS_79 = __VLS_78({
        label: "Khóa ứng dụng",
        name: "lock",
        lazy: true,
    }, ...__VLS_functionalComponentArgsRest(__VLS_78));
    var __VLS_80;
    const { default: __VLS_82 } = __VLS_nonNull(__VLS_80.slots);
    const __VLS_83 = AppLockPanel;
    // @ts-ignore
    const __VLS_84 = __VLS_asFunctionalComponent1(__VLS_83, new __VLS_83({
    // @ts-ignore
    }));
    const __VLS_85 = __VLS_84({}, ...__VLS_functionalComponentArgsRest(__VLS_84));
    // @ts-ignore
    [];
    let __VLS_88;
    /** @ts-ignore @type { | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane'] | typeof __VLS_components.elTabPane | typeof __VLS_components.ElTabPane | typeof __VLS_components['el-tab-pane']} */
    elTabPane;
    // @ts-ignore
    const __VLS_89 = __VLS_asFunctionalComponent1(__VLS_88, new __VLS_88({
        // @ts-ignore
        label: "Dữ liệu mẫu", name: "demo", lazy: true,
    }));
    const __VLS_90 = __VLS_89({
        label: "Dữ liệu mẫu",
        name: "demo",
        lazy: true,
    }, ...__VLS_functionalComponentArgsRest(__VLS_89));
    var __VLS_91;
    const { default: __VLS_93 } = __VLS_nonNull(__VLS_91.slots);
    const __VLS_94 = DemoDataPanel;
    // @ts-ignore
    const __VLS_95 = __VLS_asFunctionalComponent1(__VLS_94, new __VLS_94({
    // @ts-ignore
    }));
    const __VLS_96 = __VLS_95({}, ...__VLS_functionalComponentArgsRest(__VLS_95));
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    // @ts-ignore
    [];
    return {};
};
void [__VLS_template];
const __VLS_export = (await import('vue')).defineComponent({});
export default {};
