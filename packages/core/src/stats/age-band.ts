import type { IntakeRecord } from '../records/intake.js';
import { ageAtIntake } from '../records/rules.js';
import { ageBandOf } from '../reference/age-bands.js';

/** Age band at registration: from the birth date, else the stated age, else the band recorded. */
export function ageBandAtIntake(record: IntakeRecord): string | undefined {
  const age = ageAtIntake(record);
  return age !== undefined && age >= 0 ? ageBandOf(age) : record.person.ageBand;
}
