// The React and Vue typings type each event's `detail` from the manifest's `@event {Type}`: `onhw-submit` hands a
// `CustomEvent<HwSubmitDetail<IntakeRecord>>`, not a bare `CustomEvent`. Read from the built manifest with the
// widgets' and core's exports as their sources declare them (no build of dist/ needed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { elementsOf, reactTypes, vueTypes } from './generate-framework-types.js';

const root = join(import.meta.dirname, '..', '..', '..');
const widgetsIndex = join(root, 'packages', 'widgets', 'src', 'index.ts');
const coreIndex = join(root, 'packages', 'core', 'src', 'index.ts');

function exportsOf(program: ts.Program, file: string): Set<string> {
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  return new Set(checker.getExportsOfModule(symbol).map((s) => s.name));
}

describe('framework typings from the manifest', () => {
  const manifest = JSON.parse(
    readFileSync(join(root, 'packages', 'widgets', 'custom-elements.json'), 'utf8'),
  );
  const program = ts.createProgram([widgetsIndex, coreIndex], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    customConditions: ['source'],
    noEmit: true,
    skipLibCheck: true,
  });
  const elements = elementsOf(manifest, exportsOf(program, widgetsIndex), exportsOf(program, coreIndex));
  const eventType = (tag: string, name: string) =>
    elements.find((e) => e.tag === tag)?.events.find((e) => e.name === name)?.type;

  it("types each form's hw-submit with its record, and the controls' events with their details", () => {
    expect(eventType('hw-intake-form', 'hw-submit')).toBe('CustomEvent<W.HwSubmitDetail<C.IntakeRecord>>');
    expect(eventType('hw-incident-form', 'hw-submit')).toBe(
      'CustomEvent<W.HwSubmitDetail<C.IncidentRecord>>',
    );
    expect(eventType('hw-text-field', 'hw-blur')).toBe('CustomEvent<{ name: string }>');
    expect(eventType('hw-bar-chart', 'hw-export')).toBe('CustomEvent<W.ExportDetail>');
  });

  it('writes those types into the React props and the Vue emits', () => {
    expect(reactTypes(elements)).toContain(
      "'onhw-submit'?: (event: CustomEvent<W.HwSubmitDetail<C.IntakeRecord>>) => void;",
    );
    expect(vueTypes(elements)).toContain("'hw-submit': CustomEvent<W.HwSubmitDetail<C.IntakeRecord>>;");
  });
});
