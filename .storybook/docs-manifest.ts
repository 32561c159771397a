/**
 * The custom-elements manifest as Storybook's docs tables should show it. Storybook keys each row by name, so a CSS
 * part or slot named like a property (`label`, `value`) would replace the property's row: parts show as
 * `::part(name)` and slots as `slot name`. Only the public instance properties are listed (not the static
 * configuration, private state or controllers that the manifest also records). The manifest file itself is
 * unchanged: editors and other tools read it as it is.
 */
interface Named {
  name: string;
  kind?: string;
  static?: boolean;
  privacy?: string;
}
interface Declaration {
  tagName?: string;
  members?: Named[];
  cssParts?: Named[];
  slots?: Named[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

const isPublicProperty = (m: Named) =>
  m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !/^[_#]/.test(m.name);

export function docsManifest<M extends object>(manifest: M): M {
  const copy = structuredClone(manifest) as Manifest;
  for (const mod of copy.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      if (d.members) d.members = d.members.filter(isPublicProperty);
      for (const part of d.cssParts ?? []) part.name = `::part(${part.name})`;
      for (const slot of d.slots ?? []) slot.name = slot.name ? `slot ${slot.name}` : 'slot (default)';
    }
  }
  return copy as M;
}
