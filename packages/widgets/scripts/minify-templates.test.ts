import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { minifyTemplateSource } from '../../../scripts/minify-templates.mjs';

describe('minifyTemplateSource (the published build’s Lit templates)', () => {
  it('minifies a stylesheet and leaves one with escapes as written', async () => {
    const out = await minifyTemplateSource(
      "const a = css`\n  :host {\n    display: block;\n    color: #ffffff; /* why */\n  }\n`;\nconst b = css`.q::before { content: '\\201C'; }`;",
    );
    expect(out).toContain('const a = css`:host{display:block;color:#fff}`;');
    expect(out).toContain("const b = css`.q::before { content: '\\201C'; }`;");
  });

  it('turns the line breaks of markup into spaces, never touching what is inside an expression', async () => {
    const source = [
      'const t = html`<p class="a',
      '    b">',
      '      ${x ? html`<b>',
      '        one</b>` : `keep',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source, as text
      '   this`} <span> ${"a\\n  b"}</span>',
      '    </p>`;',
      'const plain = `not',
      '  a template of lit`;',
    ].join('\n');
    const out = await minifyTemplateSource(source);
    expect(out).toBe(
      [
        'const t = html`<p class="a b"> ${x ? html`<b> one</b>` : `keep',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source, as text
        '   this`} <span> ${"a\\n  b"}</span> </p>`;',
        'const plain = `not',
        '  a template of lit`;',
      ].join('\n'),
    );
  });

  it('keeps a real element’s template working: the same markup, with spaces for line breaks', async () => {
    const file = new URL('../src/form-flow/render-check-answers.ts', import.meta.url);
    const source = await readFile(file, 'utf8');
    const out = await minifyTemplateSource(source);
    expect(out.length).toBeLessThan(source.length);
    const tags = (s: string) => [...s.matchAll(/<\/?[a-z][\w-]*/g)].map((m) => m[0]);
    expect(tags(out)).toEqual(tags(source));
    expect(await minifyTemplateSource('const n = 1;')).toBe('const n = 1;');
  });
});
