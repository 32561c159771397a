import { it } from 'vitest';
import { page } from 'vitest/browser';
import '../../define/intake-form.js';

it('look', async () => {
  const form = document.createElement('hw-intake-form');
  form.setAttribute('office', 'test-office');
  form.setAttribute('draft-key', `look-${Math.random()}`);
  document.body.append(form);
  await form.ready;
  await page.screenshot({ path: '/work/main/packages/widgets/.look/step1.png' });
  form.goTo('about-you');
  await form.updateComplete;
  await new Promise((r) => setTimeout(r, 100));
  await page.screenshot({ path: '/work/main/packages/widgets/.look/step2.png' });
  form.goTo('documents');
  await new Promise((r) => setTimeout(r, 100));
  await page.screenshot({ path: '/work/main/packages/widgets/.look/step3.png' });
  form.goTo('check-answers');
  await new Promise((r) => setTimeout(r, 100));
  await page.screenshot({ path: '/work/main/packages/widgets/.look/step9.png' });
});
