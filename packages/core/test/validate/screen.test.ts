import { describe, expect, it } from 'vitest';
import type { IloIndicators } from '../../src/records/intake.js';
import { ILO_INDICATORS, type IloIndicator } from '../../src/reference/ilo-indicators.js';
import { ILO_INDICATOR_ELEMENTS, screen } from '../../src/validate/index.js';
import { intakeValid } from '../fixtures/intakes.js';

const yes = (...ids: IloIndicator[]): IloIndicators => Object.fromEntries(ids.map((id) => [id, 'yes']));
const all = (answer: 'yes' | 'no' | 'unknown' | 'declined'): IloIndicators =>
  Object.fromEntries(ILO_INDICATORS.map((id) => [id, answer]));

describe('ILO indicator elements', () => {
  it('map each of the 11 indicators to involuntariness or menace of penalty, strong or medium', () => {
    expect(Object.keys(ILO_INDICATOR_ELEMENTS).sort()).toEqual([...ILO_INDICATORS].sort());
    const elements = Object.values(ILO_INDICATOR_ELEMENTS).map((m) => m.element);
    expect(elements.filter((e) => e === 'involuntariness').length).toBeGreaterThan(0);
    expect(elements.filter((e) => e === 'penalty').length).toBeGreaterThan(0);
    expect(ILO_INDICATOR_ELEMENTS.deception).toEqual({ element: 'involuntariness', strength: 'strong' });
    expect(ILO_INDICATOR_ELEMENTS.retentionOfDocuments).toEqual({ element: 'penalty', strength: 'strong' });
  });
});

describe('screen', () => {
  it('meets the threshold with one indicator of each element', () => {
    const result = screen({ indicators: yes('deception', 'retentionOfDocuments') });
    expect(result.meetsThreshold).toBe(true);
    expect(result.conclusive).toBe(true);
    expect(result.present).toEqual(['deception', 'retentionOfDocuments']);
    expect(result.byElement.involuntariness).toMatchObject({ present: ['deception'], strong: true });
    expect(result.byElement.penalty).toMatchObject({ present: ['retentionOfDocuments'], strong: true });
  });

  it('does not meet it with indicators of one element only, however many', () => {
    const penaltyOnly = ILO_INDICATORS.filter((id) => ILO_INDICATOR_ELEMENTS[id].element === 'penalty');
    const result = screen({ indicators: { ...all('no'), ...yes(...penaltyOnly) } });
    expect(result.meetsThreshold).toBe(false);
    expect(result.conclusive).toBe(true);
    expect(result.present).toHaveLength(penaltyOnly.length);
    expect(result.byElement.involuntariness.present).toEqual([]);
  });

  it('reports medium indicators as not strong', () => {
    const result = screen({ indicators: yes('abusiveConditions', 'isolation') });
    expect(result.meetsThreshold).toBe(true);
    expect(result.byElement.involuntariness.strong).toBe(false);
    expect(result.byElement.penalty.strong).toBe(false);
  });

  it('counts unanswered and declined indicators, and is inconclusive when they could change the outcome', () => {
    const result = screen({
      indicators: { deception: 'yes', physicalSexualViolence: 'declined', intimidationThreats: 'unknown' },
    });
    expect(result.meetsThreshold).toBe(false);
    expect(result.conclusive).toBe(false);
    expect(result.declined).toBe(1);
    expect(result.missing).toBe(9);
    expect(result.byElement.penalty.unanswered).toContain('physicalSexualViolence');
  });

  it('is inconclusive for a record without indicators, conclusive when every answer is no', () => {
    expect(screen({})).toMatchObject({
      present: [],
      meetsThreshold: false,
      conclusive: false,
      missing: 11,
      declined: 0,
    });
    expect(screen({ indicators: all('no') })).toMatchObject({
      meetsThreshold: false,
      conclusive: true,
      missing: 0,
    });
    expect(screen({ indicators: all('declined') })).toMatchObject({
      conclusive: false,
      declined: 11,
      missing: 0,
    });
  });

  it('counts a forced or deceptive recruitment as involuntariness', () => {
    const forced = screen({ indicators: yes('restrictionOfMovement'), recruitment: { how: 'forced' } });
    expect(forced).toMatchObject({
      unfreeRecruitment: 'forced',
      meetsThreshold: true,
      present: ['restrictionOfMovement'],
    });
    expect(forced.byElement.involuntariness).toMatchObject({ present: [], evidenced: true, strong: true });
    const deceived = screen({ indicators: yes('isolation'), recruitment: { how: 'deceived' } });
    expect(deceived.meetsThreshold).toBe(true);
    expect(deceived.byElement.involuntariness.strong).toBe(false);
    const voluntary = screen({
      indicators: { ...all('no'), ...yes('isolation') },
      recruitment: { how: 'voluntary' },
    });
    expect(voluntary).toMatchObject({
      unfreeRecruitment: undefined,
      meetsThreshold: false,
      conclusive: true,
    });
    expect(screen({ recruitment: { how: 'forced' } })).toMatchObject({
      meetsThreshold: false,
      conclusive: false,
    });
  });

  it('screens the example of the Bavet release as meeting the threshold', () => {
    const released = intakeValid[0]!.record;
    expect(screen(released)).toMatchObject({ meetsThreshold: true, conclusive: true, declined: 1 });
  });
});
