/**
 * Enter in a text field sends its form, as in a native form: the fields here are custom elements whose inputs sit
 * in their own shadow roots, where the browser's implicit submission does not reach the form. Not in a text area,
 * and not on a button or a disclosure summary (they act on Enter themselves).
 */
export function submitOnEnter(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
  const origin = event.composedPath()[0];
  if (
    !(origin instanceof HTMLInputElement) ||
    ['checkbox', 'radio', 'submit', 'button'].includes(origin.type)
  )
    return;
  const form = event.currentTarget as HTMLFormElement;
  event.preventDefault();
  form.requestSubmit();
}
