// Registers the service worker that build-offline generated (Workbox precache of the page, the script-tag bundle and
// its locale chunks), so the site opens without a network after one visit. A new version installs in the background
// and waits: it is announced here and taken on the next visit, never in the middle of someone's form.
const NOTICE_ID = 'site-update-notice';

function announceUpdate() {
  if (document.getElementById(NOTICE_ID)) return;
  const notice = document.createElement('p');
  notice.id = NOTICE_ID;
  notice.className = 'site-notice';
  notice.setAttribute('role', 'status');
  notice.textContent =
    'A new version of this site is ready. It will be used the next time you open this page; ' +
    'your answers so far are kept.';
  document.querySelector('main')?.prepend(notice);
}

async function register() {
  const registration = await navigator.serviceWorker.register('sw.js', { scope: './' });
  // Already waiting when the page opened (another tab kept the old version alive).
  if (registration.waiting && navigator.serviceWorker.controller) announceUpdate();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      // `installed` with a controller already in place: an update, not the first install.
      if (installing.state === 'installed' && navigator.serviceWorker.controller) announceUpdate();
    });
  });
}

function registerQuietly() {
  // A site served without the generated worker (a development server) still works online: nothing to report.
  register().catch(() => undefined);
}

if ('serviceWorker' in navigator && window.isSecureContext) {
  if (document.readyState === 'complete') registerQuietly();
  else window.addEventListener('load', registerQuietly, { once: true });
}
