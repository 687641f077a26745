// Every picker of the app (el-select / el-option) searches without accents — "nguyen van an" finds
// "Nguyễn Văn Ân", "dao" finds "Đào" (domain/names.ts) — and Enter picks the highlighted option,
// the first match by default (default-first-option). Installed over Element Plus' own components
// (main.ts), so each screen's pickers behave alike without repeating props on every one.
import {
  defineComponent,
  h,
  inject,
  provide,
  ref,
  type App,
  type Component,
  type ComponentPublicInstance,
  type InjectionKey,
  type Ref
} from 'vue'
import { ElOption, ElSelect } from 'element-plus'
import { foldForSearch, matchesSearch } from '@renderer/domain/names'

const QUERY: InjectionKey<Ref<string>> = Symbol('pickerQuery')

/** True when an option's label matches what the clerk typed, ignoring accents and case. */
export function optionMatches(label: string, query: string): boolean {
  return !query.trim() || matchesSearch(foldForSearch(label), query)
}

const on = (v: unknown) => v !== undefined && v !== null && v !== false

export const FoldingSelect = defineComponent({
  name: 'FoldingSelect',
  inheritAttrs: false,
  setup(_, { attrs, slots, expose }) {
    const query = ref('')
    provide(QUERY, query)
    const inner = ref<ComponentPublicInstance<{ focus: () => void; blur: () => void }> | null>(null)
    expose({ focus: () => inner.value?.focus(), blur: () => inner.value?.blur() })
    return () => {
      const own = attrs.filterMethod ?? attrs['filter-method']
      const folding =
        on(attrs.filterable) && (attrs.filterable as unknown) !== false && !own && !on(attrs.remote)
      const userVisible = attrs.onVisibleChange as ((v: boolean) => void) | undefined
      return h(
        ElSelect,
        {
          defaultFirstOption: true,
          ...attrs,
          ref: inner,
          ...(folding
            ? {
                filterMethod: (q: string) => (query.value = q ?? ''),
                onVisibleChange: (open: boolean) => {
                  if (!open) query.value = ''
                  userVisible?.(open)
                }
              }
            : {})
        },
        slots
      )
    }
  }
})

export const FoldingOption = defineComponent({
  name: 'FoldingOption',
  inheritAttrs: false,
  setup(_, { attrs, slots }) {
    const query = inject(QUERY, null)
    return () => {
      const q = query?.value ?? ''
      if (q && !optionMatches(String(attrs.label ?? attrs.value ?? ''), q)) return null
      return h(ElOption as unknown as Component, attrs, slots)
    }
  }
})

/** After app.use(ElementPlus): every <el-select>/<el-option> resolves to the folding ones. */
export function installFoldingPickers(app: App): void {
  // Replaced, not registered twice (Vue warns about a second registration under one name).
  delete app._context.components.ElSelect
  delete app._context.components.ElOption
  app.component('ElSelect', FoldingSelect)
  app.component('ElOption', FoldingOption)
}
