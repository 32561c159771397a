import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { staleSchemas, writeSchemas } from '../../scripts/generate-json-schema.js';
import { incidentFieldCatalog, intakeFieldCatalog } from '../../src/records/catalog.js';
import {
  compileValidators,
  type ValidationResult,
  validateIncident,
  validateIntake,
} from '../../src/validate/index.js';
import { incidentInvalid, incidentValid, incidentValidatorOnly } from '../fixtures/incidents.js';
import { intakeInvalid, intakeValid, intakeValidatorOnly } from '../fixtures/intakes.js';
import type { InvalidFixture, Json } from '../fixtures/types.js';

const require = createRequire(import.meta.url);

/** The schema files as a user gets them: resolved through the package's `exports`. */
function shipped(name: 'intake' | 'incident'): Json {
  return JSON.parse(readFileSync(require.resolve(`@homeward/core/schemas/${name}.schema.json`), 'utf8'));
}

function compileShipped(name: 'intake' | 'incident') {
  // strict: the schema must compile without warnings in ajv's strictest mode.
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(shipped(name));
}

/** The JSON pointer an ajv error points at (a missing property is reported on its parent). */
function pointerOf(error: ErrorObject): string {
  return error.keyword === 'required'
    ? `${error.instancePath}/${(error.params as { missingProperty: string }).missingProperty}`
    : error.instancePath;
}

const pointer = (path: (string | number)[]) => path.map((key) => `/${key}`).join('');

const compiled = compileValidators();
const records = [
  {
    name: 'intake',
    validate: validateIntake,
    validateCompiled: compiled.validateIntake,
    ajv: compileShipped('intake'),
    valid: intakeValid,
    invalid: intakeInvalid,
    validatorOnly: intakeValidatorOnly,
  },
  {
    name: 'incident',
    validate: validateIncident,
    validateCompiled: compiled.validateIncident,
    ajv: compileShipped('incident'),
    valid: incidentValid,
    invalid: incidentInvalid,
    validatorOnly: incidentValidatorOnly,
  },
] as const;

const issuesOf = (result: ValidationResult<unknown>) =>
  result.ok ? [] : result.issues.map(({ path, code }) => ({ path, code }));

describe('fixtures', () => {
  it('number at least 30 valid and 30 invalid, with the rules JSON Schema cannot express on top', () => {
    expect(intakeValid.length + incidentValid.length).toBeGreaterThanOrEqual(30);
    expect(intakeInvalid.length + incidentInvalid.length).toBeGreaterThanOrEqual(30);
    expect(intakeValidatorOnly.length + incidentValidatorOnly.length).toBeGreaterThanOrEqual(20);
    const names = [...records.flatMap((r) => [...r.valid, ...r.invalid, ...r.validatorOnly])].map(
      (f) => f.name,
    );
    expect(new Set(names).size, 'fixture names are unique').toBe(names.length);
  });
});

for (const record of records) {
  describe(`${record.name}: zod validators and the shipped JSON Schema agree`, () => {
    it.each(record.valid.map((f) => [f.name, f] as const))('accept %s', (_, fixture) => {
      expect(issuesOf(record.validate(fixture.record))).toEqual([]);
      expect(record.ajv(fixture.record), JSON.stringify(record.ajv.errors)).toBe(true);
      expect(record.validateCompiled(fixture.record)).toEqual(record.validate(fixture.record));
    });

    it.each(record.invalid.map((f) => [f.name, f] as const))('refuse %s', (_, fixture: InvalidFixture) => {
      expect(issuesOf(record.validate(fixture.record))).toEqual([{ path: fixture.path, code: fixture.code }]);
      expect(record.ajv(fixture.record)).toBe(false);
      // ajv points at the same field (besides, for an if/then rule, the object holding the condition).
      expect(record.ajv.errors?.map(pointerOf)).toContain(pointer(fixture.path));
      expect(record.validateCompiled(fixture.record)).toEqual(record.validate(fixture.record));
    });
  });

  describe(`${record.name}: rules only the validators enforce (JSON Schema cannot express them)`, () => {
    it.each(record.validatorOnly.map((f) => [f.name, f] as const))('%s', (_, fixture: InvalidFixture) => {
      expect(issuesOf(record.validate(fixture.record))).toEqual([{ path: fixture.path, code: fixture.code }]);
      expect(record.validateCompiled(fixture.record)).toEqual(record.validate(fixture.record));
      // Documented in the schema's root $comment; if a future schema can express the rule, move the fixture.
      expect(record.ajv(fixture.record)).toBe(true);
    });
  });
}

describe('the shipped JSON Schema files', () => {
  const walkProperties = (node: Json, visit: (key: string, child: Json) => void) => {
    for (const [key, child] of Object.entries<Json>(node.properties ?? {})) {
      visit(key, child);
      walkProperties(child, visit);
      if (child.items) walkProperties(child.items, visit);
    }
  };

  it.each(['intake', 'incident'] as const)(
    '%s: draft 2020-12 with $id, title and a description on every property',
    (name) => {
      const schema = shipped(name);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://unpkg.com/@homeward/core/schemas/${name}.schema.json`);
      expect(schema.title).toMatch(/^Homeward .* record \(schemaVersion 2\)$/);
      expect(schema.description.length).toBeGreaterThan(40);
      const undocumented: string[] = [];
      walkProperties(schema, (key, child) => {
        if (typeof child.description !== 'string' || child.description.length < 5) undocumented.push(key);
      });
      expect(undocumented).toEqual([]);
      expect(schema.$comment).toMatch(/enforced only by the @homeward\/core validators/);
    },
  );

  it('carry each catalogue field’s sensitivity class in its $comment', () => {
    const person = shipped('intake').properties.person.properties;
    expect(person.fullName.$comment).toMatch(/^sensitivity: direct identifier;/);
    expect(intakeFieldCatalog['person.fullName'].sensitivity).toBe('direct');
    const location = shipped('incident').properties.location.properties;
    expect(location.country.$comment).toContain(`HXL: ${incidentFieldCatalog['location.country'].hxl}`);
  });

  it('express the Cambodian province list, age bands, minors and consent to store as rules', () => {
    const intake = shipped('intake');
    const provinceRule = intake.properties.exploitation.allOf[0];
    expect(provinceRule.then.properties.province.enum).toEqual(
      Array.from({ length: 25 }, (_, i) => `KH-${i + 1}`),
    );
    expect(intake.properties.person.allOf).toHaveLength(9);
    expect(intake.properties.consent.properties.store.properties.given.const).toBe(true);
    expect(shipped('incident').properties.location.allOf[0].if.properties.country.const).toBe('KH');
  });

  it('are listed in the package’s files and exports', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(manifest.files).toContain('schemas');
    expect(manifest.exports['./schemas/intake.schema.json']).toBe('./schemas/intake.schema.json');
    expect(manifest.exports['./schemas/incident.schema.json']).toBe('./schemas/incident.schema.json');
  });

  it('are in the packed tarball', () => {
    const cwd = fileURLToPath(new URL('../..', import.meta.url));
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining(['schemas/intake.schema.json', 'schemas/incident.schema.json']),
    );
  }, 30_000);
});

describe('generate-json-schema --check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-schemas-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes on freshly generated files and fails on a stale or missing one', () => {
    writeSchemas(dir);
    expect(staleSchemas(dir)).toEqual([]);
    const file = join(dir, 'intake.schema.json');
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    schema.properties.person.properties.fullName.maxLength = 300;
    writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
    expect(staleSchemas(dir)).toEqual(['intake.schema.json differs from what the zod schemas generate']);
    rmSync(join(dir, 'incident.schema.json'));
    expect(staleSchemas(dir)).toHaveLength(2);
  });

  it('finds the shipped files up to date', () => {
    expect(staleSchemas().filter((line) => !line.includes('committed'))).toEqual([]);
  });
});
