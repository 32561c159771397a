import { posix } from 'node:path';

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

/**
 * An element's own `@event {Type} name` states the detail type its users get (`CustomEvent<HwSubmitDetail<IntakeRecord>>`).
 * The analyzer's inheritance step lets an ancestor's entry for the same event replace that type with the ancestor's
 * (often a bare `CustomEvent` read from `new CustomEvent('hw-submit')`). Note each class's own typed events before
 * inheritance (module link phase) and put their types back after it. The React and Vue typings are generated from
 * these types (scripts/generate-framework-types.ts).
 */
function ownEventTypesWin() {
  const own = new Map();
  const key = (path, name) => `${path.replace(/^\//, '')}#${name}`;
  return {
    name: 'homeward-own-event-types-win',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const typed = (declaration.events ?? []).filter((event) => event.name && event.type?.text);
        if (typed.length)
          own.set(key(moduleDoc.path, declaration.name), new Map(typed.map((e) => [e.name, e.type.text])));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const types = own.get(key(mod.path, declaration.name));
          if (!types) continue;
          for (const event of declaration.events ?? [])
            if (types.has(event.name)) event.type = { text: types.get(event.name) };
        }
      }
    },
  };
}

/**
 * An element's doc comment is one `@summary` followed by paragraphs (what it does, its data, its accessibility
 * notes): the analyzer files all of it as `summary`. Storybook's docs pages show `description`. Keep the first
 * paragraph as the summary (editors' hover text) and the whole text as the description.
 */
function summaryThenDescription() {
  return {
    name: 'homeward-summary-then-description',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.summary || declaration.description) continue;
          const text = declaration.summary.trim();
          declaration.summary = text.split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, ' ');
          declaration.description = text;
        }
      }
    },
  };
}

/**
 * define/ entries register with `HwTextField.define('hw-text-field')` (HomewardElement's guarded define, which also
 * registers the element's dependencies). The analyzer only knows `customElements.define(tag, Class)`: record these
 * calls as custom-element definitions too, so each class gets its tag.
 */
function homewardDefineCalls() {
  return {
    name: 'homeward-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'define') return;
      if (!ts.isIdentifier(callee.expression) || callee.expression.text === 'customElements') return;
      const [tagArg] = node.arguments;
      if (!tagArg || !ts.isStringLiteral(tagArg) || !tagArg.text.startsWith('hw-')) return;
      const className = callee.expression.text;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tagArg.text,
          declaration: {
            name: className,
            module: moduleOf(ts, node.getSourceFile(), className, moduleDoc.path),
          },
        },
      ];
    },
  };
}

/** The module that declares `name` as seen from `file`: the relative import it comes from, or the file itself. */
function moduleOf(ts, file, name, ownPath) {
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    if (!bindings.elements.some((element) => element.name.text === name)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) return specifier;
    return `/${posix.normalize(posix.join(posix.dirname(ownPath), specifier))}`;
  }
  return `/${ownPath}`;
}

/**
 * HomewardElement.define itself calls `customElements.define(tag, this)` with variables: the analyzer lists those as
 * definitions named `tag` and `dependencyTag`. A real tag always has a hyphen: keep only those.
 */
function realTagsOnly() {
  return {
    name: 'homeward-real-tags-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        if (!mod.exports) continue;
        mod.exports = mod.exports.filter(
          (e) => e.kind !== 'custom-element-definition' || /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(e.name),
        );
      }
    },
  };
}

/**
 * The analyzer reads the TypeScript sources; users get the built files. Every path in the manifest (modules, the
 * declarations' and exports' modules) names the shipped `dist/*.js` file instead of `src/*.ts`.
 */
function pointAtDist() {
  const toDist = (path) => path.replace(/^(\/?)src\/(.*)\.[jt]s$/, '$1dist/$2.js');
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
      else visit(value);
    }
  };
  return {
    name: 'homeward-point-at-dist',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Test helpers and fixtures are not shipped: the manifest does not list them either.
  exclude: [
    'src/**/*.test.ts',
    'src/**/test/**',
    'src/**/testing/**',
    'src/**/*.stories.ts',
    'src/**/*.bench.ts',
    'src/**/*.d.ts',
  ],
  outdir: '.',
  litelement: true,
  // The `customElements` field in package.json is kept by hand: the analyzer must not rewrite package.json.
  packagejson: false,
  plugins: [
    homewardDefineCalls(),
    realTagsOnly(),
    documentedEventsOnly(),
    ownEventTypesWin(),
    summaryThenDescription(),
    pointAtDist(),
  ],
};
