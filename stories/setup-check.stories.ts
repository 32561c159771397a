// PLACEHOLDER until the first hw- element lands: proves legacy decorators keep Lit reactive in Storybook.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { expect } from 'storybook/test';

@customElement('setup-check')
class SetupCheck extends LitElement {
  @property() label = 'before';
  override render() {
    return html`<p>${this.label}</p>`;
  }
}

const meta: Meta = { title: 'Setup check', component: 'setup-check' };
export default meta;

export const Reactive: StoryObj = {
  render: () => html`<setup-check></setup-check>`,
  async play({ canvasElement }) {
    const el = canvasElement.querySelector('setup-check') as SetupCheck;
    el.label = 'after';
    await el.updateComplete;
    await expect(el.shadowRoot?.textContent).toContain('after');
  },
};
