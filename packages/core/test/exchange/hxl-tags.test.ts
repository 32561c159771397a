import { describe, expect, it } from 'vitest';
import { incidentFieldCatalog, intakeFieldCatalog } from '../../src/records/catalog.js';

const tags = (catalog: Record<string, { hxl: string }>) =>
  Object.fromEntries(Object.entries(catalog).map(([path, meta]) => [path, meta.hxl]));

describe('HXL tags use core hashtags where HXL has one', () => {
  it('writes record ids, needs and the compound operator with core hashtags', () => {
    const intake = tags(intakeFieldCatalog);
    const incident = tags(incidentFieldCatalog);
    expect(intake.id).toBe('#meta+id');
    expect(intake['departure.incidentId']).toBe('#event+id');
    expect(incident.id).toBe('#event+id');
    expect(incident.allegedOperator).toBe('#group+name+operator');
    for (const [path, tag] of Object.entries(intake)) {
      if (path.startsWith('needs.')) expect(tag, path).toMatch(/^#need\+/);
    }
  });

  it('never uses an extension hashtag for what the core list holds', () => {
    const all = [...Object.values(tags(intakeFieldCatalog)), ...Object.values(tags(incidentFieldCatalog))];
    for (const tag of all) expect(tag).not.toMatch(/^#x_(record|need|incident)\b/);
  });
});
