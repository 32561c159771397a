/// <reference types="vite/client" />
// The custom-elements manifest must describe every element the package registers, as users and tools see it:
// each registered tag, with its summary, and every part, slot, event and CSS custom property it really has.
// custom-elements.json is built by `pnpm --filter @homeward/widgets run cem` (part of `build`).
import type { LitElement } from 'lit';
import { beforeAll, describe, expect, it } from 'vitest';
import { registeredTag } from '../scripts/define-tags.js';

interface Documented {
  name: string;
  description?: string;
  type?: { text?: string };
}
interface Declaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  superclass?: { name: string; module?: string };
  cssParts?: Documented[];
  cssProperties?: Documented[];
  slots?: Documented[];
  events?: Documented[];
}
interface Manifest {
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}

const manifests = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const defineSources = import.meta.glob<string>('../src/define/*.ts', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const sources = import.meta.glob<string>(['../src/**/*.ts', '!../src/**/*.test.ts'], {
  eager: true,
  query: '?raw',
  import: 'default',
});
// Registers every tag, exactly as a user importing each `define/` entry does.
import.meta.glob(['../src/define/*.ts'], { eager: true });

const manifest = Object.values(manifests)[0];

/** The tags the define/ entries register, read from their source. */
const registeredTags = Object.values(defineSources).flatMap((source) => registeredTag(source) ?? []);

function declarationFor(tag: string): { declaration: Declaration; chain: Declaration[]; paths: string[] } {
  const definition = manifest!.modules
    .flatMap((m) => m.exports ?? [])
    .find((e) => e.kind === 'custom-element-definition' && e.name === tag);
  if (!definition) throw new Error(`${tag} has no custom-element-definition in custom-elements.json`);
  const find = (name: string, module?: string) =>
    manifest!.modules
      .filter(
        (m) =>
          !module ||
          `/${m.path}`.replace(/\.ts$/, '.js') === module.replace(/^\/?/, '/').replace(/\.ts$/, '.js'),
      )
      .flatMap((m) => (m.declarations ?? []).map((d) => ({ d, path: m.path })))
      .find(({ d }) => d.name === name);
  const own = find(definition.declaration.name, definition.declaration.module);
  if (!own) throw new Error(`${tag}: class ${definition.declaration.name} is not in custom-elements.json`);
  // The element's class and its ancestors inside this package: the source of what the element dispatches.
  const chain = [own.d];
  const paths = [own.path];
  let current = own.d;
  while (current.superclass?.module) {
    const parent = find(current.superclass.name, current.superclass.module);
    if (!parent) break;
    chain.push(parent.d);
    paths.push(parent.path);
    current = parent.d;
  }
  return { declaration: own.d, chain, paths };
}

function names(list: Documented[] | undefined): string[] {
  return (list ?? []).map((item) => item.name);
}

describe('custom-elements.json', () => {
  beforeAll(() => {
    if (!manifest)
      throw new Error('custom-elements.json is missing: run `pnpm --filter @homeward/widgets run cem`');
  });

  it('finds the define/ entries and registers their tags', () => {
    expect(registeredTags.length).toBeGreaterThan(0);
    expect(registeredTags.length).toBe(Object.keys(defineSources).length);
    for (const tag of registeredTags) expect(customElements.get(tag), tag).toBeDefined();
  });

  it('lists exactly the registered hw- tags', () => {
    const documented = manifest!.modules
      .flatMap((m) => m.exports ?? [])
      .filter((e) => e.kind === 'custom-element-definition')
      .map((e) => e.name);
    expect([...documented].sort()).toEqual([...registeredTags].sort());
  });

  describe.each(registeredTags)('<%s>', (tag) => {
    it('is a custom element with its tag name and a @summary', () => {
      const { declaration } = declarationFor(tag);
      expect(declaration.customElement).toBe(true);
      expect(declaration.tagName).toBe(tag);
      expect(declaration.summary?.trim(), `${tag}: JSDoc @summary`).toBeTruthy();
    });

    it('documents every CSS part, slot and CSS custom property, each with a description', async () => {
      const { declaration } = declarationFor(tag);
      const el = document.createElement(tag) as LitElement;
      document.body.append(el);
      try {
        await el.updateComplete;
        const root = el.shadowRoot!;
        const parts = new Set(
          [...root.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/)),
        );
        for (const part of parts)
          expect(names(declaration.cssParts), `${tag}: @csspart ${part}`).toContain(part);
        for (const slot of root.querySelectorAll('slot')) {
          const name = slot.getAttribute('name') ?? '';
          expect(names(declaration.slots), `${tag}: @slot ${name || '(default)'}`).toContain(name);
        }
        // Themeable: at least one documented custom property, and each one documented is really used.
        expect(declaration.cssProperties?.length ?? 0, `${tag}: JSDoc @cssproperty`).toBeGreaterThan(0);
        const css = (root.adoptedStyleSheets ?? [])
          .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
          .join('\n');
        for (const property of names(declaration.cssProperties)) {
          expect(css, `${tag}: @cssproperty ${property} is not used by its styles`).toContain(property);
        }
        const undocumented = [
          ...(declaration.cssParts ?? []),
          ...(declaration.slots ?? []),
          ...(declaration.cssProperties ?? []),
        ].filter((item) => !item.description?.trim());
        expect(
          undocumented.map((i) => i.name),
          `${tag}: entries without a description`,
        ).toEqual([]);
      } finally {
        el.remove();
      }
    });

    it("records each event's detail type as the element's own `@event {Type}` states it", () => {
      const { declaration, paths } = declarationFor(tag);
      const source = sources[`../${paths[0]!.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')}`] ?? '';
      // `@event {CustomEvent<HwSubmitDetail<IntakeRecord>>} hw-submit - ...`: what React's and Vue's typings use.
      const stated = [...source.matchAll(/@event\s+\{([^\n]+?)\}\s+(hw-[a-z0-9-]+)/g)];
      for (const [, type, name] of stated) {
        const event = (declaration.events ?? []).find((e) => e.name === name);
        expect(event?.type?.text, `${tag}: ${name} detail type`).toBe(type);
      }
    });

    it('documents every hw- event its class (or an ancestor) dispatches', () => {
      const { chain, paths } = declarationFor(tag);
      const documented = new Set(chain.flatMap((d) => names(d.events)));
      const dispatched = new Set<string>();
      for (const path of paths) {
        // The manifest names the shipped dist/*.js files; their sources are the src/*.ts beside them.
        const source = sources[`../${path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')}`];
        if (source === undefined) throw new Error(`${path} in the manifest has no source in src/`);
        for (const m of source.matchAll(
          /(?:new CustomEvent(?:<[^>]*>)?\(|\.emit\w*\(|\.dispatch\w*\()\s*['"`](hw-[a-z0-9-]+)['"`]/g,
        )) {
          dispatched.add(m[1]!);
        }
        // `type` parameters typed as a union of event names: `emit(type: 'hw-input' | 'hw-change')`.
        for (const m of source.matchAll(/\(\s*type:\s*((?:'hw-[a-z0-9-]+'\s*\|?\s*)+)\)/g)) {
          for (const n of m[1]!.matchAll(/'(hw-[a-z0-9-]+)'/g)) dispatched.add(n[1]!);
        }
      }
      for (const event of dispatched) expect([...documented], `${tag}: @event ${event}`).toContain(event);
      const events = chain[0]!.events ?? [];
      expect(events.filter((e) => !e.description?.trim()).map((e) => e.name)).toEqual([]);
    });
  });
});
