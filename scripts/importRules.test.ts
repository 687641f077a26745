import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'

// The import rules of docs/design.md §3 are enforced by lint, not only prose: each forbidden import fails.
const eslint = new ESLint({ cwd: process.cwd() })

async function ruleErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? '')
}

describe('import rules (docs/design.md §3)', () => {
  it.each([
    [
      'domain imports db',
      'src/renderer/src/domain/x.ts',
      "import { getDb } from '../db/database'\nexport const a = getDb"
    ],
    ['domain imports Vue', 'src/renderer/src/domain/x.ts', "import { ref } from 'vue'\nexport const a = ref"],
    [
      'domain imports Dexie',
      'src/renderer/src/domain/x.ts',
      "import Dexie from 'dexie'\nexport const a = Dexie"
    ],
    [
      'excel imports db',
      'src/renderer/src/excel/x.ts',
      "import { getDb } from '@renderer/db/database'\nexport const a = getDb"
    ],
    ['excel imports Vue', 'src/renderer/src/excel/x.ts', "import { ref } from 'vue'\nexport const a = ref"],
    [
      'db imports a feature',
      'src/renderer/src/db/x.ts',
      "import { a } from '@renderer/features/members/x'\nexport const b = a"
    ],
    [
      'a feature imports Dexie',
      'src/renderer/src/features/members/x.ts',
      "import Dexie from 'dexie'\nexport const a = Dexie"
    ],
    [
      'main imports renderer',
      'src/main/x.ts',
      "import { a } from '../renderer/src/domain/dates'\nexport const b = a"
    ]
  ])('%s fails lint', async (_name, file, code) => {
    expect(await ruleErrors(file, code)).toContain('no-restricted-imports')
  })

  it('a screen writing its own el-select fails lint; ChoiceSelect passes', async () => {
    const own =
      '<template>\n  <el-select v-model="x"><el-option label="A" value="a" /></el-select>\n</template>\n'
    expect(await ruleErrors('src/renderer/src/features/members/X.vue', own)).toContain(
      'vue/no-restricted-html-elements'
    )
    const shared = '<template>\n  <ChoiceSelect v-model="x" label="A" :choices="[]" />\n</template>\n'
    expect(await ruleErrors('src/renderer/src/features/members/X.vue', shared)).toEqual([])
  })

  it('a feature touching window.platformApi fails lint', async () => {
    const errors = await ruleErrors(
      'src/renderer/src/features/members/x.ts',
      'export const a = window.platformApi\n'
    )
    expect(errors).toContain('no-restricted-properties')
  })

  it.each([
    [
      'domain imports domain',
      'src/renderer/src/domain/x.ts',
      "import { formatDate } from './dates'\nexport const a = formatDate"
    ],
    [
      'excel imports domain',
      'src/renderer/src/excel/x.ts',
      "import { formatDate } from '@renderer/domain/dates'\nexport const a = formatDate"
    ],
    [
      'platform touches platformApi',
      'src/renderer/src/platform/x.ts',
      'export const a = window.platformApi\n'
    ]
  ])('%s is allowed', async (_name, file, code) => {
    const errors = await ruleErrors(file, code)
    expect(errors).not.toContain('no-restricted-imports')
    expect(errors).not.toContain('no-restricted-properties')
  })
})
