// Generates the JSON Schema (draft 2020-12) files of both records from the zod shapes, at build time, so that
// backends in any language validate what the TypeScript validators validate. `zod`'s full build (with
// `toJSONSchema`) is used here only: the browser entry imports `zod/mini`.
//
//   tsx scripts/generate-json-schema.ts           writes schemas/*.schema.json
//   tsx scripts/generate-json-schema.ts --check   fails when a file on disk, or its committed version, is stale
//   --out <dir>                                   another directory than schemas/
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { type FieldMeta, incidentFieldCatalog, intakeFieldCatalog } from '../src/records/catalog.js';
import { IncidentRecordShape } from '../src/records/incident.js';
import { CURRENT_SCHEMA_VERSION, IntakeRecordShape } from '../src/records/intake.js';
import * as field from '../src/records/primitives.js';
import { AGE_BANDS, ageBandOf, CHILD_AGE_LIMIT } from '../src/reference/age-bands.js';
import { CAMBODIA_PROVINCES } from '../src/reference/cambodia-provinces.js';
import { incidentDescriptions, intakeDescriptions } from './schema-descriptions.js';

type Json = Record<string, unknown>;

const BASE_URI = 'https://unpkg.com/@homeward/core/schemas/';

/** Shared field types, extracted once into `$defs` instead of repeated (the country list alone is 250 codes). */
function sharedDefinitions() {
  const registry = z.registry<{ id: string; description: string }>();
  registry.add(field.uuid, { id: 'Uuid', description: 'A UUID (RFC 9562).' });
  registry.add(field.isoDate, {
    id: 'Date',
    description: 'A calendar date, YYYY-MM-DD (29 February only in leap years).',
  });
  registry.add(field.countryCode, {
    id: 'CountryCode',
    description: 'ISO 3166-1 alpha-2 country code, upper case.',
  });
  registry.add(field.currencyCode, { id: 'CurrencyCode', description: 'ISO 4217 currency code.' });
  registry.add(field.subdivisionCode, {
    id: 'SubdivisionCode',
    description: 'ISO 3166-2 subdivision code: the country code, a hyphen and 1 to 3 letters or digits.',
  });
  registry.add(field.languageTag, {
    id: 'LanguageTag',
    description: 'A BCP 47 language tag, e.g. id, km-KH, zh-Hans.',
  });
  registry.add(field.phoneNumber, {
    id: 'PhoneNumber',
    description: 'An E.164 phone number, e.g. +6281234567890.',
  });
  registry.add(field.webUrl, { id: 'WebUrl', description: 'An http or https web address.' });
  registry.add(field.sha256, {
    id: 'Sha256',
    description: 'A SHA-256 digest, 64 lower-case hexadecimal characters.',
  });
  return registry;
}

const SENSITIVITY: Record<FieldMeta['sensitivity'], string> = {
  direct: 'direct identifier',
  quasi: 'quasi-identifier',
  sensitive: 'sensitive',
  none: 'non-sensitive',
};

function catalogueComment(meta: FieldMeta): string {
  return [
    `sensitivity: ${SENSITIVITY[meta.sensitivity]}`,
    meta.htcds && `HTCDS: ${meta.htcds}`,
    meta.ctdc && `CTDC: ${meta.ctdc}`,
    `HXL: ${meta.hxl}`,
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * Puts a description on every property (and the catalogue's sensitivity and HTCDS/CTDC/HXL counterparts in
 * `$comment`), walking the schema by catalogue path. Throws when a property has no description, or a catalogue
 * path matches no property.
 */
function describe(
  node: Json,
  prefix: string,
  descriptions: Record<string, string>,
  catalog: Record<string, FieldMeta>,
) {
  const seen = new Set<string>();
  const visit = (schema: Json, path: string) => {
    const properties = schema.properties as Record<string, Json> | undefined;
    if (!properties) return;
    for (const [key, child] of Object.entries(properties)) {
      const childPath = path ? `${path}.${key}` : key;
      const description = descriptions[childPath];
      if (!description) throw new Error(`${prefix}: no description for ${childPath}`);
      const meta = catalog[childPath];
      if (meta) seen.add(childPath);
      // Keep `description` and `$comment` first so a reader sees them before the constraints.
      properties[key] = {
        description,
        ...(meta ? { $comment: catalogueComment(meta) } : {}),
        ...child,
      };
      visit(child, childPath);
      const items = child.items as Json | undefined;
      if (items) visit(items, `${childPath}[]`);
    }
  };
  visit(node, '');
  const missing = Object.keys(catalog).filter((path) => !seen.has(path));
  if (missing.length) throw new Error(`${prefix}: catalogue paths not in the schema: ${missing.join(', ')}`);
}

function objectAt(root: Json, path: string[]): Json {
  let node = root;
  for (const key of path) {
    const properties = node.properties as Record<string, Json> | undefined;
    const next = properties?.[key];
    if (!next) throw new Error(`no property ${path.join('.')}`);
    node = next;
  }
  return node;
}

function addRule(node: Json, rule: Json) {
  node.allOf = [...((node.allOf as Json[] | undefined) ?? []), rule];
}

/** A JSON Schema `if` / `then` rule. */
function ifThen(comment: string, condition: Json, consequence: Json): Json {
  // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, not a thenable.
  return { $comment: comment, if: condition, then: consequence };
}

/** Cambodia's provinces by their real ISO 3166-2 codes: the list the validators check a KH province against. */
function cambodianProvinceRule(): Json {
  return ifThen(
    'When the country is Cambodia (KH), the province is one of its 25 ISO 3166-2 codes.',
    { type: 'object', required: ['country'], properties: { country: { const: 'KH' } } },
    { properties: { province: { enum: CAMBODIA_PROVINCES.map((p) => p.code) } } },
  );
}

/** Ages in years that fall in each CTDC band, from `ageBandOf` itself (0 to 120, the limits of `person.age`). */
function ageRangesByBand() {
  const ranges = new Map<string, { minimum: number; maximum: number }>();
  for (let age = 0; age <= 120; age++) {
    const band = ageBandOf(age);
    const range = ranges.get(band);
    if (range) range.maximum = age;
    else ranges.set(band, { minimum: age, maximum: age });
  }
  return ranges;
}

function ageBandRules(): Json[] {
  return [...ageRangesByBand()].map(([band, range]) =>
    ifThen(
      `A stated age of ${range.minimum} to ${range.maximum} is in the age band ${band}.`,
      { type: 'object', required: ['age'], properties: { age: { type: 'integer', ...range } } },
      { properties: { ageBand: { const: band } } },
    ),
  );
}

function minorRule(): Json {
  const childBands = AGE_BANDS.filter(
    (band) => (ageRangesByBand().get(band)?.maximum ?? 0) < CHILD_AGE_LIMIT,
  );
  return ifThen(
    `A person whose stated age or age band is under ${CHILD_AGE_LIMIT} is flagged for child protection.`,
    {
      type: 'object',
      required: ['person'],
      properties: {
        person: {
          anyOf: [
            {
              type: 'object',
              required: ['age'],
              properties: { age: { type: 'integer', maximum: CHILD_AGE_LIMIT - 1 } },
            },
            { type: 'object', required: ['ageBand'], properties: { ageBand: { enum: childBands } } },
          ],
        },
      },
    },
    { properties: { childProtection: { const: true } } },
  );
}

const INTAKE_VALIDATOR_ONLY = [
  'dates are not in the future (one day of grace for time zones)',
  'dates are in order: person.birthDate ≤ recruitment.date ≤ exploitation.startDate ≤ exploitation.endDate ≤ departure.date ≤ registrationDate, and each consent date ≤ its withdrawnOn',
  'person.age agrees with person.birthDate on registrationDate, and person.ageBand with the age computed from person.birthDate',
  'childProtection is not false when the person was under 18 at registration by birth date, or may have been under 18 at recruitment',
  'the province code begins with the country code (for countries other than Cambodia, whose full list is checked here too)',
];

const INCIDENT_VALIDATOR_ONLY = [
  'dates are not in the future (one day of grace for time zones)',
  'dates.start ≤ dates.end, dates.start ≤ reportedOn and dates.start ≤ each sources[].capturedOn',
  'peopleAffected.min ≤ peopleAffected.best ≤ peopleAffected.max',
  'the sums of peopleAffected.byCitizenship and peopleAffected.bySex, and peopleAffected.minors, do not exceed peopleAffected.max',
  'the province code begins with the country code (for countries other than Cambodia, whose full list is checked here too)',
];

function validatorOnlyComment(rules: string[]): string {
  return `Rules JSON Schema cannot express, enforced only by the @homeward/core validators (validateIntake / validateIncident): ${rules.map((r, i) => `(${i + 1}) ${r}`).join('; ')}.`;
}

function generate(
  shape: z.core.$ZodType,
  name: 'intake' | 'incident',
  header: { title: string; description: string },
  descriptions: Record<string, string>,
  catalog: Record<string, FieldMeta>,
  validatorOnly: string[],
  addRules: (root: Json) => void,
): Json {
  const generated = z.toJSONSchema(shape, {
    target: 'draft-2020-12',
    // The input a backend receives; zod strips unknown keys, so they are allowed here (not passed on by the validators).
    io: 'input',
    metadata: sharedDefinitions(),
    unrepresentable: 'throw',
  }) as Json;
  const { $schema, $defs, ...body } = generated;
  describe(body, name, descriptions, catalog);
  addRules(body);
  return {
    $schema,
    $id: `${BASE_URI}${name}.schema.json`,
    title: header.title,
    description: `${header.description} Fields follow the Homeward field catalogue; each property's $comment gives its sensitivity class and HTCDS, CTDC and HXL counterparts. Properties not defined here are allowed by this schema and dropped by the Homeward validators, which never pass them on.`,
    $comment: validatorOnlyComment(validatorOnly),
    ...body,
    $defs,
  };
}

export function buildSchemas() {
  const intake = generate(
    IntakeRecordShape,
    'intake',
    {
      title: `Homeward intake record (schemaVersion ${CURRENT_SCHEMA_VERSION})`,
      description:
        'One person registering with an embassy or NGO for help after leaving an online-scam compound.',
    },
    intakeDescriptions,
    intakeFieldCatalog,
    INTAKE_VALIDATOR_ONLY,
    (root) => {
      addRule(objectAt(root, ['exploitation']), cambodianProvinceRule());
      for (const rule of ageBandRules()) addRule(objectAt(root, ['person']), rule);
      addRule(root, minorRule());
      objectAt(root, ['consent', 'store', 'given']).const = true;
    },
  );
  const incident = generate(
    IncidentRecordShape,
    'incident',
    {
      title: `Homeward incident record (schemaVersion ${CURRENT_SCHEMA_VERSION})`,
      description:
        'A compound release, raid, rescue, escape or transfer of people, with the evidence for it and its verification.',
    },
    incidentDescriptions,
    incidentFieldCatalog,
    INCIDENT_VALIDATOR_ONLY,
    (root) => addRule(objectAt(root, ['location']), cambodianProvinceRule()),
  );
  return { intake, incident };
}

function committedVersion(file: string): string | undefined {
  try {
    const cwd = dirname(file);
    const git = (args: string[]) =>
      execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const path = git(['ls-files', '--full-name', file]).trim();
    if (!path) return undefined;
    return git(['show', `HEAD:${path}`]);
  } catch {
    return undefined; // not a git checkout (e.g. an unpacked tarball): the file on disk is all there is
  }
}

const DEFAULT_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));

function generatedFiles(): [name: string, text: string][] {
  return Object.entries(buildSchemas()).map(([name, schema]) => [
    `${name}.schema.json`,
    `${JSON.stringify(schema, null, 2)}\n`,
  ]);
}

/** Writes the schema files into `dir`; returns their names and sizes. */
export function writeSchemas(dir = DEFAULT_DIR): string[] {
  return generatedFiles().map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return `${name} (${(text.length / 1024).toFixed(1)} KB)`;
  });
}

/** What is stale in `dir`: a file that differs from what the zod schemas generate, or whose committed version does. */
export function staleSchemas(dir = DEFAULT_DIR): string[] {
  const stale: string[] = [];
  for (const [name, text] of generatedFiles()) {
    const file = join(dir, name);
    let onDisk: string | undefined;
    try {
      onDisk = readFileSync(file, 'utf8');
    } catch {
      onDisk = undefined;
    }
    if (onDisk !== text) stale.push(`${name} differs from what the zod schemas generate`);
    const committed = committedVersion(file);
    if (committed !== undefined && committed !== text) stale.push(`${name}: the committed version is stale`);
  }
  return stale;
}

function main() {
  const dirFlag = process.argv.indexOf('--out');
  const dir = dirFlag > 0 ? process.argv[dirFlag + 1] : undefined;
  if (!process.argv.includes('--check')) {
    for (const written of writeSchemas(dir)) console.log(`wrote ${written}`);
    return;
  }
  const stale = staleSchemas(dir);
  if (stale.length) {
    console.error(
      `schemas: ${stale.join('\n')}\nRun \`pnpm --filter @homeward/core build\` and commit packages/core/schemas/.`,
    );
    process.exit(1);
  }
  console.log('schemas: up to date');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
