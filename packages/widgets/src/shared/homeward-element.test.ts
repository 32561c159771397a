import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { HomewardElement } from './homeward-element.js';

class TestChild extends HomewardElement {
  override render() {
    return html`child`;
  }
}
class TestPlain extends HTMLElement {}
class TestParent extends HomewardElement {
  static override dependencies = { 'test-he-child': TestChild, 'test-he-plain': TestPlain };
  override render() {
    return html`<test-he-child></test-he-child>`;
  }
}

describe('HomewardElement.define', () => {
  it('registers the element after its dependencies', () => {
    TestParent.define('test-he-parent');
    expect(customElements.get('test-he-parent')).toBe(TestParent);
    expect(customElements.get('test-he-child')).toBe(TestChild);
    expect(customElements.get('test-he-plain')).toBe(TestPlain);
  });

  it('does not throw when a second copy registers the same tags', () => {
    class SecondCopy extends HomewardElement {}
    expect(() => SecondCopy.define('test-he-parent')).not.toThrow();
    expect(() => TestParent.define('test-he-parent')).not.toThrow();
    expect(customElements.get('test-he-parent')).toBe(TestParent);
  });

  it('gives every element the theme tokens', async () => {
    const el = document.createElement('test-he-child') as TestChild;
    document.body.append(el);
    await el.updateComplete;
    expect(getComputedStyle(el).getPropertyValue('--_focus-width').trim()).toBe('3px');
    el.style.setProperty('--hw-focus-width', '4px');
    expect(getComputedStyle(el).getPropertyValue('--_focus-width').trim()).toBe('4px');
    el.remove();
  });
});
