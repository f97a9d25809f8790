// Vigil analyst UI, overview page: open alerts by age and state, decisions and screenings per day, and each list's version
// and freshness (GET /api/v1/overview), drawn with Chart.js (vendor/chart.umd.min.js, served by Vigil itself: see
// vendor/README.md). Uses el(), fill(), show(), api() and errorBox() from app.js.
'use strict';

const OVERVIEW_COLOURS = {
  open: '#f0b35a', escalated: '#e5948e', pending_approval: '#0b5cad',
  true_match: '#b3261e', false_positive: '#1d7a33',
  screenings: '#0b5cad', hits: '#8fb6de', alerts: '#b3261e',
  days_since_publication: '#8fb6de', days_since_load: '#0b5cad',
};
const BUCKET_LABELS = { lt_1d: '< 1 day', '1_7d': '1–7 days', '7_30d': '7–30 days', gt_30d: '> 30 days' };
const words = s => s.replace(/_/g, ' ');

/** One chart in a card; animation off so the page is drawn at once (and a test sees the final figures). */
function overviewChart(canvas, type, labels, datasets, options = {}) {
  return new Chart(canvas, {
    type,
    data: { labels, datasets },
    options: Object.assign({
      animation: false, responsive: true, maintainAspectRatio: false,
      plugins: { legend: { position: 'bottom' } },
      scales: { x: { stacked: type === 'bar' }, y: { stacked: type === 'bar', beginAtZero: true, ticks: { precision: 0 } } },
    }, options),
  });
}

function card(id, title, total, ...children) {
  return el('section', { class: 'card', id },
    el('h2', {}, title, total === null ? null : el('span', { class: 'muted total' }, ` ${total.toLocaleString()}`)),
    ...children);
}

const chartBox = id => el('div', { class: 'chart-box' }, el('canvas', { id, role: 'img' }));

async function overviewPage() {
  // Charts of an earlier visit hold their (detached) canvases; let them go before drawing new ones.
  if (typeof Chart !== 'undefined') for (const chart of Object.values(Chart.instances)) chart.destroy();
  show(el('h1', {}, 'Overview'), el('p', { class: 'muted' }, 'Loading…'));
  let o;
  try {
    o = await api('/overview');
  } catch (e) {
    // The landing page: a screener's or viewer's key is refused here, so point to the pages it can use.
    show(el('h1', {}, 'Overview'), errorBox(e.message),
      e.status === 403 ? el('p', { id: 'overview-other-pages' }, 'The overview needs an analyst key; ',
        el('a', { href: '#/search' }, 'Search'), ' and ', el('a', { href: '#/lists' }, 'Lists'), ' need less.') : null);
    return;
  }
  if (typeof Chart === 'undefined') {
    show(el('h1', {}, 'Overview'), errorBox('The chart library (vendor/chart.umd.min.js) did not load.'));
    return;
  }
  const listRows = o.lists.map(l => el('tr', { 'data-source': l.source },
    el('td', {}, el('a', { href: '#/lists' }, l.source)),
    el('td', {}, l.version),
    el('td', {}, l.published_on || '—'),
    el('td', {}, l.days_since_publication ?? '—'),
    el('td', {}, fmtInstant(l.loaded_at)),
    el('td', {}, l.days_since_load),
    el('td', {}, l.entities.toLocaleString()),
    el('td', { class: l.held.length ? 'held' : 'muted' }, l.held.length ? l.held.map(n => `version ${n}`).join(', ') : 'none')));
  show(
    el('h1', {}, 'Overview'),
    el('p', { class: 'muted', id: 'overview-as-of' }, `As of ${fmtInstant(o.generated_at)}; per-day charts cover the last ${o.days} UTC days.`),
    el('div', { class: 'cards' },
      card('card-open-alerts', 'Open alerts by age', o.open_alerts.total, chartBox('chart-open-alerts'),
        el('p', { class: 'muted' }, 'Undecided alerts (open, escalated, or waiting for a second analyst). ',
          el('a', { href: '#/alerts?state=open' }, 'Open alerts'), ' · ', el('a', { href: '#/approvals' }, 'Approvals'))),
      card('card-decisions', 'Decisions per day', o.decisions.total, chartBox('chart-decisions'),
        el('p', { class: 'muted' }, 'Reviewers’ decisions by outcome (the engine’s own changes are not counted).')),
      card('card-screenings', 'Screenings per day', o.screenings.total, chartBox('chart-screenings'),
        el('p', { class: 'muted' }, 'Screening records (every search, screen, text and register job), with the alerts they raised.')),
      card('card-lists', 'Lists', null, chartBox('chart-lists'),
        o.lists.length
          ? el('table', { id: 'lists-freshness' },
              el('thead', {}, el('tr', {}, ['list', 'version', 'published', 'days since publication', 'loaded', 'days since load', 'entries', 'held versions'].map(h => el('th', {}, h)))),
              el('tbody', {}, listRows))
          : el('p', {}, 'No list is loaded yet: vigil lists load SOURCE PATH'))));

  overviewChart(document.getElementById('chart-open-alerts'), 'bar',
    o.open_alerts.labels.map(b => BUCKET_LABELS[b] || b),
    o.open_alerts.series.map(s => ({ label: words(s.name), data: s.values, backgroundColor: OVERVIEW_COLOURS[s.name] })));
  overviewChart(document.getElementById('chart-decisions'), 'bar', o.decisions.labels,
    o.decisions.series.map(s => ({ label: words(s.name), data: s.values, backgroundColor: OVERVIEW_COLOURS[s.name] })));
  // Screenings as bars, the alerts they raised as a line over them (hits stay in the API: they dwarf the alerts).
  const screened = name => o.screenings.series.find(s => s.name === name).values;
  overviewChart(document.getElementById('chart-screenings'), 'bar', o.screenings.labels, [
    { label: 'screenings', data: screened('screenings'), backgroundColor: OVERVIEW_COLOURS.screenings, order: 2 },
    { label: 'alerts', data: screened('alerts'), type: 'line', borderColor: OVERVIEW_COLOURS.alerts, backgroundColor: OVERVIEW_COLOURS.alerts, order: 1 },
  ], { scales: { x: { stacked: false }, y: { beginAtZero: true, ticks: { precision: 0 } } } });
  overviewChart(document.getElementById('chart-lists'), 'bar', o.lists.map(l => `${l.source} v${l.version}`), [
    { label: 'days since publication', data: o.lists.map(l => l.days_since_publication), backgroundColor: OVERVIEW_COLOURS.days_since_publication },
    { label: 'days since load', data: o.lists.map(l => l.days_since_load), backgroundColor: OVERVIEW_COLOURS.days_since_load },
  ], { indexAxis: 'y', scales: { x: { beginAtZero: true, title: { display: true, text: 'days' } }, y: {} } });
}
