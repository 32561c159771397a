import { describe, expect, it } from 'vitest';
import { intakeFieldCatalog } from '../../src/records/catalog.js';
import { AGE_BANDS, ctdcAgeBand } from '../../src/reference/age-bands.js';

describe('CTDC counterparts', () => {
  it('writes age bands as CTDC does: double hyphen, two-digit lower bound', () => {
    expect(AGE_BANDS.map(ctdcAgeBand)).toEqual([
      '0--8',
      '09--17',
      '18--20',
      '21--23',
      '24--26',
      '27--29',
      '30--38',
      '39--47',
      '48+',
    ]);
  });

  it('names CTDC columns that exist (RecruiterRelationship, typeOfLabourIllicitActivities for forced scam work)', () => {
    expect(intakeFieldCatalog['recruitment.recruiterRelation']!.ctdc).toBe('RecruiterRelationship');
    expect(intakeFieldCatalog['exploitation.scamTypes']!.ctdc).toBe('typeOfLabourIllicitActivities');
    const names = Object.values(intakeFieldCatalog).flatMap((m) => (m.ctdc ? [m.ctdc] : []));
    expect(names).not.toContain('recruiterRelation');
    expect(names).not.toContain('typeOfLabourOther');
  });
});
