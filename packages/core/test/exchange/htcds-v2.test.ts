import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toHTCDS } from '../../src/exchange/htcds.js';
import { intakeFieldCatalog } from '../../src/records/catalog.js';
import { intakeValid } from '../fixtures/intakes.js';

/** HTCDS v2's field table: full field name → its picklist value names (empty for other types). */
function v2Fields(): Map<string, Set<string>> {
  const csv = readFileSync(new URL('../standards/htcds-v2-field-standards.csv', import.meta.url), 'utf8');
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const fields = new Map<string, Set<string>>();
  for (const row of rows.slice(1)) {
    const name = row[6]?.trim();
    if (!name) continue;
    const values = (row[9] ?? '').split(/\r?\n/).map((v) => v.trim());
    fields.set(name, new Set(/\s/.test(row[9] ?? '') && !/ISO/.test(row[9] ?? '') ? values : []));
  }
  return fields;
}

const v2 = v2Fields();

describe('HTCDS mapping against the v2 field table', () => {
  it('names only fields that exist in v2 (catalogue)', () => {
    const named = Object.values(intakeFieldCatalog).flatMap((m) => (m.htcds ? [m.htcds] : []));
    expect(named.filter((name) => !v2.has(name))).toEqual([]);
  });

  it('emits only v2 field names, and picklist values from v2’s lists', () => {
    for (const { name, record } of intakeValid) {
      const htcds = toHTCDS(record);
      const tables = [
        htcds.organisation,
        htcds.person,
        htcds.victim,
        htcds.case,
        htcds.consent,
        ...htcds.events,
      ];
      for (const table of tables) {
        for (const [field, value] of Object.entries(table)) {
          expect(v2.has(field), `${name}: ${field}`).toBe(true);
          const allowed = v2.get(field)!;
          if (allowed.size === 0 || typeof value === 'boolean') continue;
          for (const item of Array.isArray(value) ? value : [value]) {
            if (field === 'hte_Type') continue;
            expect(allowed.has(item), `${name}: ${field} = ${item}`).toBe(true);
          }
        }
      }
    }
  });

  it('writes every citizenship to prs_Citizenship, a v2 multiselect', () => {
    const dual = intakeValid.find((f) => f.record.person.citizenship.length > 1)!.record;
    expect(toHTCDS(dual).person.prs_Citizenship).toEqual(dual.person.citizenship);
    expect(v2.has('prs_Nationality')).toBe(false);
  });
});
