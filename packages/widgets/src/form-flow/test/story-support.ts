/**
 * What the forms' stories share: a fresh draft namespace per render (a story never restores another's answers),
 * waiting for a form to be ready, and a stand-in endpoint that can be up, down or refusing, behind `fetch`.
 */
import type { FormFlowElement } from '../form-flow-element.js';

export type StoryForm = FormFlowElement<{ id: string }> & HTMLElement;

let counter = 0;

/** A draft key no earlier render used. */
export function freshDraftKey(): string {
  counter += 1;
  return `story-${Date.now().toString(36)}-${counter}`;
}

/** The form in a story's canvas, once its draft is restored and its first step rendered. */
export async function formIn(
  canvas: HTMLElement,
  tag: 'hw-intake-form' | 'hw-incident-form',
): Promise<StoryForm> {
  const form = canvas.querySelector(tag) as unknown as StoryForm;
  await form.ready;
  await form.updateComplete;
  return form;
}

/** Waits until `check` holds (a submission reaching a state). */
export async function until(check: () => unknown, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('until: timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Answers `POST path` in place of a server: `up` accepts (201), `down` fails like a lost connection, `refuse` answers
 * 400 with a reason in core's issue shape. Returns the function that puts the real `fetch` back.
 */
export function fakeEndpoint(path: string, mode: 'up' | 'down' | 'refuse'): () => void {
  const real = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    if (String(input) !== path) return real(input, init);
    if (mode === 'down') throw new TypeError('Failed to fetch');
    const record = JSON.parse(String(init?.body)) as { id: string };
    if (mode === 'refuse') {
      return Response.json(
        {
          issues: [
            {
              path: ['person', 'fullName'],
              code: 'too_long',
              message: 'This name is longer than our system accepts.',
            },
          ],
        },
        { status: 400 },
      );
    }
    return Response.json({ id: record.id }, { status: 201 });
  };
  return () => {
    globalThis.fetch = real;
  };
}

/** The state shown for the form's submission (`sent`, `waiting`, `rejected`, `handed-over`...), if any. */
export function submissionState(form: StoryForm): string | undefined {
  return (
    form.shadowRoot?.querySelector('[part~="confirmation"] [data-state]')?.getAttribute('data-state') ??
    undefined
  );
}

/** Clicks a button of the form by its part name. */
export function press(form: StoryForm, part: string): void {
  form.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!.click();
}
