// The staff dashboard: once someone is signed in, the charts read the server's staff statistics (live, suppressed
// below 11) and the cards its work queues. Nothing is stored: signing out leaves the page (hw-sign-in's
// signed-out-href), and the figures live only in the elements.
const dashboard = document.getElementById('dashboard');
const note = document.getElementById('signed-out-note');
const day = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A work-queue total for a stat card (a count of cases, not a published statistic: shown as it is). */
async function queueTotal(card, url, source) {
  const response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) {
    card.hidden = true;
    return;
  }
  const { total } = await response.json();
  card.figures = [{ value: total ?? 0, date: day(), source: { name: source } }];
}

function show() {
  if (!dashboard.hidden) return;
  const today = day();
  document.getElementById('today').src = `/api/stats/intake/count?by=status&from=${today}&to=${today}`;
  document.getElementById('by-status').src = '/api/stats/intake/count?by=status';
  document.getElementById('per-month').src =
    `/api/stats/intake/series?field=registrationDate&interval=month&from=${day(-365)}&to=${today}`;
  void queueTotal(document.getElementById('waiting'), '/api/cases?status=assessed&limit=1', 'Case list');
  void queueTotal(
    document.getElementById('duplicates'),
    '/api/duplicates?status=open&limit=1',
    'Duplicate queue',
  );
  dashboard.hidden = false;
  note.hidden = true;
}

document.addEventListener('hw-signed-in', show);
// Already signed in (a reload, a second tab): the session cookie answers.
fetch('/api/session', { credentials: 'same-origin', cache: 'no-store' }).then((r) => r.ok && show());
