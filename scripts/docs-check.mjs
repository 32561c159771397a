#!/usr/bin/env node
// Docs check: every element in the shipped custom-elements manifest describes each of its attributes, public
// properties, events (with their detail types), slots, parts and CSS custom properties, and has accessibility notes
// (what Storybook's docs pages show). Run after the build (or `pnpm cem`).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const manifest = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../packages/widgets/custom-elements.json'), 'utf8'),
);
const missing = [];
let elements = 0;
for (const mod of manifest.modules ?? []) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    elements++;
    if (!d.description && !d.summary) missing.push(`<${d.tagName}>: element description`);
    // Each element's docs page (Storybook shows the manifest's description) says how it works with a keyboard and
    // what a screen reader announces: a paragraph `Accessibility. Keyboard: ... Screen readers: ...` in its comment.
    if (!/Accessibility\..*Keyboard:[\s\S]*Screen readers?:/s.test(d.description ?? ''))
      missing.push(`<${d.tagName}>: accessibility notes (keyboard, screen readers)`);
    const groups = {
      attribute: d.attributes,
      property: (d.members ?? []).filter(
        (m) =>
          m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('_') && !m.name.startsWith('#'),
      ),
      event: d.events,
      slot: d.slots,
      part: d.cssParts,
      'CSS property': d.cssProperties,
    };
    // An event whose description names a `detail` needs its type (`@event {CustomEvent<Detail>} name`): React's and
    // Vue's typings are generated from it, and a bare `CustomEvent` leaves `event.detail` as `any` for users.
    for (const event of d.events ?? [])
      if (
        !event.type?.text ||
        (event.type.text === 'CustomEvent' && /\bdetail\b/.test(event.description ?? ''))
      )
        missing.push(`<${d.tagName}> event ${event.name} detail type`);
    for (const [kind, list] of Object.entries(groups))
      for (const item of list ?? [])
        if (!item.description && !item.summary)
          missing.push(`<${d.tagName}> ${kind} ${item.name || '(default)'}`);
  }
}
if (elements === 0) {
  console.error('docs-check: no elements in the manifest');
  process.exit(1);
}
// Threshold: the gaps still open (scripts/docs-baseline.json: none now) are listed and allowed;
// any new gap fails, and so does a listed gap that has been closed, so that the list only shrinks. `--update`
// rewrites it.
const baselineFile = resolve(import.meta.dirname, 'docs-baseline.json');
if (process.argv.includes('--update')) writeFileSync(baselineFile, `${JSON.stringify(missing, null, 2)}\n`);
const baseline = new Set(JSON.parse(readFileSync(baselineFile, 'utf8')));
const fresh = missing.filter((m) => !baseline.has(m));
const closed = [...baseline].filter((m) => !missing.includes(m));
if (closed.length && !process.argv.includes('--update')) {
  console.error(
    `docs-check: ${closed.length} gaps in scripts/docs-baseline.json are documented now: remove them (or run with --update):\n  ${closed.join('\n  ')}`,
  );
  process.exit(1);
}
if (fresh.length) {
  console.error(`docs-check: ${fresh.length} undocumented (not in the baseline):\n  ${fresh.join('\n  ')}`);
  process.exit(1);
}
if (missing.length)
  console.log(`docs-check: ${missing.length} known gaps still in scripts/docs-baseline.json`);
console.log(
  `docs-check: ${elements} elements, every attribute/property/event/slot/part/CSS property described (apart from the baseline)`,
);

// Core's API reference: TypeDoc (packages/core/typedoc.json) must build with no errors and no warnings: every export
// documented, every type an export names exported too (or listed in `intentionallyNotExported`: internal helper
// types). The field registries are written with `defineFields`, so their entries show as the named
// `CountedFieldDefinition` / `DatedFieldDefinition` / `FieldDefinition` rather than as inferred object types listed
// property by property (that was 463 of the 624 warnings). TypeDoc skips type checking (`skipErrorChecking`):
// `pnpm typecheck` does that.
const TYPEDOC_WARNINGS_MAX = 0;
const { spawnSync } = await import('node:child_process');
const t = Date.now();
const typedoc = spawnSync('pnpm', ['exec', 'typedoc'], {
  cwd: resolve(import.meta.dirname, '../packages/core'),
  encoding: 'utf8',
  env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
});
const out = `${typedoc.stdout}${typedoc.stderr}`;
const found = /Found (\d+) errors? and (\d+) warnings?/.exec(out);
const [errors, warnings] = found ? [Number(found[1]), Number(found[2])] : [typedoc.status === 0 ? 0 : 1, 0];
console.log(
  `docs-check: typedoc ${errors} errors, ${warnings} warnings (max ${TYPEDOC_WARNINGS_MAX}), ${((Date.now() - t) / 1000).toFixed(1)} s`,
);
if (typedoc.status !== 0 || errors > 0 || warnings > TYPEDOC_WARNINGS_MAX) {
  console.error(out.split('\n').slice(-40).join('\n'));
  process.exit(1);
}
