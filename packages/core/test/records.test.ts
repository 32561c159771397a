import { describe, expect, it } from 'vitest';
import { intakeExamples } from '../src/examples/index.js';
import { validateIntake } from '../src/index.js';

describe('validateIntake', () => {
  it('accepts the example records', () => {
    for (const record of intakeExamples) expect(validateIntake(record)).toMatchObject({ ok: true });
  });
});
