// Storybook's docs tables key each row by name: a part, slot, event or CSS property named like a property would
// replace that property's row (`label` the part hid `label` the property). docsManifest keeps every row distinct.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsManifest } from '../docs-manifest.js';

interface Named {
  name: string;
  kind?: string;
}
interface Declaration {
  tagName?: string;
  members?: Named[];
  attributes?: Named[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const file = join(import.meta.dirname, '..', '..', 'packages', 'widgets', 'custom-elements.json');
const elements = (manifest: Manifest) =>
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

describe('the manifest Storybook documents', () => {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  const shown = docsManifest(manifest);

  it.each(elements(shown).map((d) => [d.tagName, d] as const))('<%s> has one row per name', (_tag, d) => {
    const properties = new Set([...(d.members ?? []), ...(d.attributes ?? [])].map((m) => m.name));
    const others = [d.events, d.slots, d.cssParts, d.cssProperties].flatMap((list) =>
      (list ?? []).map((i) => i.name),
    );
    expect(others.filter((name) => properties.has(name))).toEqual([]);
    expect(others.length).toBe(new Set(others).size);
  });

  it('lists public instance properties only, and leaves the manifest file as it was', () => {
    for (const d of elements(shown))
      for (const m of d.members ?? [])
        expect(m.name, `${d.tagName}.${m.name}`).not.toMatch(/^(localize|strings)$/);
    const card = elements(manifest).find((d) => d.tagName === 'hw-stat-card')!;
    expect(card.cssParts?.map((p) => p.name)).toContain('label');
    expect(card.members?.map((m) => m.name)).toContain('localize');
  });
});
