import { afterEach, describe, expect, it } from 'vitest';
import '../../define/incident-form.js';
import '../../define/intake-form.js';
import { HwChoiceField } from '../../form-controls/choice-field/choice-field.js';
import { HwErrorSummary } from '../../form-controls/error-summary/error-summary.js';
import { HwTextField } from '../../form-controls/text-field/text-field.js';
import { HwIncidentForm } from '../../incident-form/incident-form.js';
import { HwIntakeForm } from '../../intake-form/intake-form.js';
import { type Form, settle, waitFor } from './flow-helpers.js';

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

const bundle = '/packages/widgets/dist/cdn/homeward.js';
const built = await fetch(bundle, { method: 'HEAD' }).then(
  (r) => r.ok && (r.headers.get('content-type') ?? '').includes('javascript'),
  () => false,
);

describe('two copies of the forms on one page', () => {
  it('a second copy’s classes (same tags, other constructors) register without throwing', () => {
    // What a second bundle brings: its own classes for the same tags, and its own copies of the controls.
    class IntakeCopy extends HwIntakeForm {}
    IntakeCopy.dependencies = {
      'hw-text-field': class extends HwTextField {},
      'hw-choice-field': class extends HwChoiceField {},
      'hw-error-summary': class extends HwErrorSummary {},
    };
    class IncidentCopy extends HwIncidentForm {}
    expect(() => IntakeCopy.define('hw-intake-form')).not.toThrow();
    expect(() => IncidentCopy.define('hw-incident-form')).not.toThrow();
    // The first copy keeps the tags.
    expect(customElements.get('hw-intake-form')).toBe(HwIntakeForm);
    expect(customElements.get('hw-text-field')).toBe(HwTextField);
  });

  it.skipIf(!built)(
    'the built one-script-tag bundle, loaded twice, throws nothing and the forms work',
    async () => {
      frame = document.createElement('iframe');
      frame.title = 'Two copies';
      frame.src = new URL('./copies/page.html', import.meta.url).href;
      document.body.append(frame);
      await new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & { hwErrors: string[] };
      const form = win.document.querySelector('hw-intake-form') as unknown as Form;
      await waitFor(() => win.customElements.get('hw-intake-form') && form.shadowRoot);
      await form.ready;
      await settle(form);
      expect(form.shadowRoot!.textContent).toContain('Your information and your choices');
      expect(win.hwErrors).toEqual([]);
    },
  );
});
