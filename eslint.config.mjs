// Lint, and the import rules of ARCHITECTURE.md as errors: a forbidden import fails `npm run lint`.
import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'

const layer = (name) => [
  `@renderer/${name}`,
  `@renderer/${name}/**`,
  `**/${name}/**`,
  `../${name}`,
  `../../${name}`
]
const restrict = (message, ...names) => ({
  group: names.flatMap(layer),
  message
})
const libs = (message, ...names) => ({ group: names.flatMap((n) => [n, `${n}/**`]), message })

export default defineConfigWithVueTs(
  {
    ignores: [
      '**/*.vue.d.ts',
      'src/**/*.js',
      'out/**',
      'dist/**',
      'node_modules/**',
      'bench/**',
      'test-results/**',
      'playwright-report/**'
    ]
  },
  pluginVue.configs['flat/essential'],
  vueTsConfigs.recommended,
  skipFormatting,
  {
    rules: {
      'vue/multi-word-component-names': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  // domain: pure TypeScript — imports nothing of the app, no Vue, no Dexie, no window.
  {
    files: ['src/renderer/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              'domain/ imports nothing of the app (ARCHITECTURE.md).',
              'db',
              'features',
              'excel',
              'platform',
              'ui',
              'app'
            ),
            libs(
              'domain/ is pure TypeScript: no Vue, Dexie, Pinia, exceljs or UI library (ARCHITECTURE.md).',
              'vue',
              'dexie',
              'pinia',
              'exceljs',
              'element-plus',
              'vue-router'
            )
          ]
        }
      ]
    }
  },
  // db: imports domain only (and Dexie, Vue for the live-query composable).
  {
    files: ['src/renderer/src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              'db/ imports domain/ only (ARCHITECTURE.md).',
              'features',
              'excel',
              'platform',
              'ui',
              'app'
            ),
            libs('db/ has no UI.', 'element-plus', 'pinia', 'exceljs')
          ]
        }
      ]
    }
  },
  // excel: imports domain only — never db or Vue.
  {
    files: ['src/renderer/src/excel/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(
              'excel/ imports domain/ only, never db/ (ARCHITECTURE.md).',
              'db',
              'features',
              'platform',
              'ui',
              'app'
            ),
            libs(
              'excel/ never imports Vue, Dexie or the UI library (ARCHITECTURE.md).',
              'vue',
              'dexie',
              'pinia',
              'element-plus',
              'vue-router'
            )
          ]
        }
      ]
    }
  },
  // Only db/ calls Dexie.
  {
    files: ['src/renderer/src/{features,app,ui,platform}/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            libs(
              'Only db/ (repositories) calls Dexie (ARCHITECTURE.md); use a repository or useLiveQuery.',
              'dexie'
            )
          ]
        }
      ]
    }
  },
  // Only platform/ touches window.platformApi.
  {
    files: ['src/renderer/src/**/*.{ts,vue}'],
    ignores: ['src/renderer/src/platform/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'platformApi',
          message: 'Only platform/ touches window.platformApi (ARCHITECTURE.md).'
        },
        {
          object: 'globalThis',
          property: 'platformApi',
          message: 'Only platform/ touches window.platformApi (ARCHITECTURE.md).'
        }
      ]
    }
  },
  // One picker: a screen uses ChoiceSelect / CellSelect (features/common) or ToolbarSelect (ui/),
  // never an el-select of its own, so every picker is named, searchable and built the same way.
  {
    files: ['src/renderer/src/**/*.vue'],
    ignores: [
      'src/renderer/src/features/common/ChoiceSelect.vue',
      'src/renderer/src/features/common/ColumnMappingTable.vue',
      'src/renderer/src/ui/ToolbarSelect.vue'
    ],
    rules: {
      'vue/no-restricted-html-elements': [
        'error',
        {
          element: ['el-select', 'el-option', 'ElSelect', 'ElOption'],
          message:
            'Use ChoiceSelect or CellSelect (features/common) or ToolbarSelect (ui/) (ARCHITECTURE.md).'
        }
      ]
    }
  },
  // main never imports renderer code.
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@renderer', '@renderer/**', '**/renderer/**'],
              message: 'main, preload and shared never import renderer code (ARCHITECTURE.md).'
            }
          ]
        }
      ]
    }
  }
)
