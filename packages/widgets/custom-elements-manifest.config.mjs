// The custom-elements manifest (custom-elements.json): what editors, Storybook's docs and design-system tooling
// read to know each hw- element's attributes, properties, events, slots, CSS parts and CSS custom properties.
// Built by `pnpm --filter @homeward/widgets run cem` (part of `build`); checked by test/custom-elements-manifest.test.ts.

/**
 * The analyzer also lists `new CustomEvent(type)` with a variable as an event named after the variable (`type`).
 * Every real event is documented with `@event` (the manifest test checks each dispatched `hw-` name is), so an
 * undocumented entry is that artefact: drop it.
 */
function documentedEventsOnly() {
  return {
    name: 'homeward-documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          declaration.events = declaration.events.filter((event) => event.description);
          if (declaration.events.length === 0) delete declaration.events;
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/test/**', 'src/**/*.stories.ts', 'src/**/*.bench.ts'],
  outdir: '.',
  litelement: true,
  // The `customElements` field in package.json is kept by hand: the analyzer must not rewrite package.json.
  packagejson: false,
  plugins: [documentedEventsOnly()],
};
