// A `sideEffects` field in @homeward/widgets' package.json that does not cover a define/ entry lets the bundler
// drop `import '@homeward/widgets/define/x'` as unused: the story (and a user's page) then renders an unknown tag.
// This builds what Storybook builds (Vite with .storybook/main.ts' config) from the imports stories use, and checks
// that every tag is still registered.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type InlineConfig, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { registeredTag } from '../../packages/widgets/scripts/define-tags.js';
import storybookConfig from '../main.js';

const root = join(import.meta.dirname, '..', '..');
const defineDir = join(root, 'packages', 'widgets', 'src', 'define');
const ENTRY = 'virtual:every-define-entry';

async function defineEntries(): Promise<{ name: string; tag: string }[]> {
  const files = (await readdir(defineDir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
  return Promise.all(
    files.map(async (file) => {
      const source = await readFile(join(defineDir, file), 'utf8');
      const tag = registeredTag(source);
      if (!tag) throw new Error(`${file} registers no hw- tag`);
      return { name: file.replace(/\.ts$/, ''), tag };
    }),
  );
}

describe('the Storybook build', () => {
  it('keeps every `import "@homeward/widgets/define/…"` and so registers every tag', async () => {
    const entries = await defineEntries();
    expect(entries.length).toBeGreaterThan(0);
    const base: InlineConfig = {
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [
        {
          name: 'every-define-entry',
          resolveId: (id) => (id === ENTRY ? ENTRY : undefined),
          // Side-effect-only imports through the package's exports, exactly as the stories write them.
          load: (id) =>
            id === ENTRY
              ? entries.map(({ name }) => `import '@homeward/widgets/define/${name}';`).join('\n')
              : undefined,
        },
      ],
      build: { write: false, minify: true, rolldownOptions: { input: ENTRY } },
    };
    const config = await storybookConfig.viteFinal!(base, { configType: 'PRODUCTION' } as never);
    const result = (await build(config)) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
    const code = [result]
      .flat()
      .flatMap((r) => r.output)
      .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
      .join('\n');
    for (const { tag } of entries) {
      expect(code, `${tag} was tree-shaken away`).toMatch(
        // `customElements.define("hw-x", …)` or `HwX.define("hw-x")`, whatever the minifier renamed the class to.
        new RegExp(`\\.define\\(["'\`]${tag}["'\`]`),
      );
    }
  }, 60_000);
});
