// Vigil analyst UI, alerts pages: the alerts of the customer register (GET /api/v1/alerts), one alert with its explanation
// and history, and a reviewer's decision (POST /api/v1/alerts/{id}/decision); under four-eyes review the decisions
// waiting for a second analyst (GET /api/v1/approvals) with approve and reject buttons. Uses el(), fill(), show(), api(),
// explanationView() and entityHref() from app.js.
'use strict';

const ALERT_STATES = ['open', 'escalated', 'true_match', 'false_positive', 'closed'];
const fmtInstant = s => (s || '').replace('T', ' ').replace(/\.\d+/, '').replace(/\+00:00$|Z$/, ' UTC');
const alertHref = id => `#/alert/${encodeURIComponent(id)}`;

// ---- Alerts list -------------------------------------------------------------------------------------------------

function alertsPage(params) {
  const state = params.get('state') ?? 'open';
  const select = el('select', { name: 'state', id: 'alert-state-filter' },
    el('option', { value: 'all', selected: state === 'all' }, 'any state'),
    ALERT_STATES.map(s => el('option', { value: s, selected: state === s }, s)));
  const customer = el('input', { name: 'customer', value: params.get('customer') || '', placeholder: 'customer id', size: 16 });
  const form = el('form', { class: 'query', id: 'alerts-form' },
    el('label', {}, 'State', select), el('label', {}, 'Customer', customer), el('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const query = new URLSearchParams({ state: select.value });
    if (customer.value.trim()) query.set('customer', customer.value.trim());
    location.hash = `#/alerts?${query}`;
  });
  select.addEventListener('change', () => form.requestSubmit());
  const out = el('section', { id: 'alerts' }, el('p', { class: 'muted' }, 'Loading…'));
  show(el('h1', {}, 'Alerts'), form, out);
  loadAlerts(state, params.get('customer'), out);
}

async function loadAlerts(state, customer, out) {
  const query = new URLSearchParams();
  if (state && state !== 'all') query.set('state', state);
  if (customer) query.set('customer', customer);
  try {
    const body = await api(`/alerts?${query}`);
    const rows = body.alerts.map(a => el('tr', { 'data-alert': a.id, 'data-state': a.state },
      el('td', {}, el('a', { href: alertHref(a.id), class: 'alert-link' }, `#${a.id}`)),
      el('td', {}, el('span', { class: `state ${a.state}` }, a.state)),
      el('td', {}, `${a.customer_id} `, el('span', { class: 'muted' }, a.customer_name)),
      el('td', { class: 'listings' }, listingLinks(a)),
      el('td', {}, a.matched_name),
      el('td', {}, fmtScore(a.score)),
      el('td', {}, fmtInstant(a.raised_at))));
    fill(out,
      el('p', { class: 'muted' }, `${body.alerts.length} alert(s)` + (body.truncated ? ` — the first ${body.limit}; narrow the filter to see the rest` : '')),
      rows.length
        ? el('table', { id: 'alerts-table' },
            el('thead', {}, el('tr', {}, ['alert', 'state', 'customer', 'entries (one party)', 'matched name', 'score', 'raised'].map(h => el('th', {}, h)))),
            el('tbody', {}, rows))
        : el('p', {}, 'No alert matches.'));
  } catch (e) {
    fill(out, errorBox(e.message));
  }
}

/** The listings an alert names (one party), each a link to its entry page. */
function listingLinks(a) {
  const refs = (a.listings && a.listings.length) ? a.listings : [`${a.source}:${a.source_id}`];
  return refs.flatMap((r, i) => [i ? ' · ' : null, el('a', { href: entityHref(...splitRef(r)), class: 'ref' }, r)]).filter(x => x);
}

// ---- One alert ---------------------------------------------------------------------------------------------------

async function alertPage(id) {
  show(el('p', { class: 'muted' }, 'Loading…'));
  let body;
  try {
    body = await api(`/alerts/${encodeURIComponent(id)}`);
  } catch (e) {
    show(el('h1', {}, `Alert #${id}`), errorBox(e.message));
    return;
  }
  const a = body.alert;
  const decided = el('div', { id: 'decide-out' });
  show(
    el('h1', {}, `Alert #${a.id} `, el('span', { id: 'alert-state', class: `state ${a.state}` }, a.state)),
    el('dl', { class: 'kv' },
      el('dt', {}, 'customer'), el('dd', { id: 'alert-customer' }, `${a.customer_id} — ${a.customer_name}`),
      el('dt', {}, 'listed entry'), el('dd', {}, el('a', { href: entityHref(a.source, a.source_id), id: 'alert-entry' }, `${a.source}:${a.source_id}`),
        ' ', a.matched_name),
      (a.listings || []).length > 1 ? el('dt', {}, 'party') : null,
      (a.listings || []).length > 1 ? el('dd', { id: 'alert-party' }, `${a.party}, on ${a.listings.length} lists: `, listingLinks(a)) : null,
      el('dt', {}, 'score'), el('dd', {}, fmtScore(a.score), ' ', bar(a.score)),
      el('dt', {}, 'raised'), el('dd', {}, `${fmtInstant(a.raised_at)} by list version ${a.list_version_id}, ${a.engine_version}, profile ${a.profile}`),
      el('dt', {}, 'updated'), el('dd', {}, fmtInstant(a.updated_at)),
      a.closed_reason ? el('dt', {}, 'closed because') : null, a.closed_reason ? el('dd', {}, a.closed_reason) : null),
    el('h2', {}, 'Why it matched'),
    body.explanation ? explanationView(body.explanation) : el('p', { class: 'muted' }, 'no explanation was stored'),
    el('h2', {}, 'History'),
    body.history.length
      ? el('table', { id: 'history' },
          el('thead', {}, el('tr', {}, ['when', 'state', 'by', 'reason'].map(h => el('th', {}, h)))),
          el('tbody', {}, body.history.map(d => el('tr', {},
            el('td', {}, fmtInstant(d.at)), el('td', {}, el('span', { class: `state ${d.state}` }, d.state)), el('td', {}, d.reviewer), el('td', {}, d.reason)))))
      : el('p', { class: 'muted', id: 'history' }, 'No decision yet.'),
    body.pending_approval ? pendingView(a.id, body.pending_approval, decided) : a.state === 'closed' ? null : decideForm(a.id, a.state, decided),
    decided);
}

// A decision proposed under four-eyes review: who proposed what, and the second analyst's buttons.
function pendingView(id, p, out) {
  return el('section', { id: 'alert-pending' },
    el('h2', {}, 'Waiting for approval'),
    el('p', {}, el('span', { class: `state ${p.decision}` }, p.decision), ` proposed by ${p.proposer} at ${fmtInstant(p.proposed_at)}: ${p.reason}`),
    reviewControls(id, out, () => alertPage(id)));
}

// A reason field and approve / reject buttons for the pending proposal on alert `id`; `done` runs after a review.
function reviewControls(id, out, done) {
  const reason = el('input', { class: 'review-reason', name: 'review-reason', size: 30, placeholder: 'reason (kept in the audit trail)' });
  const review = async verb => {
    fill(out, el('p', { class: 'muted' }, 'Recording…'));
    try {
      await api(`/alerts/${encodeURIComponent(id)}/${verb}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ reason: reason.value }),
      });
      await done();
      // done() may have re-drawn the page: write into the live element of that id.
      fill(document.getElementById(out.id) || out, el('p', { class: 'ok', role: 'status' }, `Alert #${id}: proposal ${verb === 'approve' ? 'approved' : 'rejected'}.`));
    } catch (e) {
      fill(out, errorBox(e.message));
    }
  };
  const approve = el('button', { type: 'button', class: 'approve' }, 'Approve');
  const reject = el('button', { type: 'button', class: 'reject' }, 'Reject');
  approve.addEventListener('click', () => review('approve'));
  reject.addEventListener('click', () => review('reject'));
  return el('span', { class: 'review' }, reason, ' ', approve, ' ', reject);
}

// ---- Pending approvals -------------------------------------------------------------------------------------------

function approvalsPage() {
  const out = el('div', { id: 'approvals-out' });
  const list = el('section', { id: 'approvals' }, el('p', { class: 'muted' }, 'Loading…'));
  show(el('h1', {}, 'Approvals'),
    el('p', { class: 'muted' }, 'Closing decisions proposed under four-eyes review. A second analyst — not the proposer — approves or rejects each.'),
    out, list);
  loadApprovals(list, out);
}

async function loadApprovals(list, out) {
  try {
    const pending = await api('/approvals');
    const rows = pending.map(p => el('tr', { 'data-alert': p.alert_id, 'data-proposer': p.proposer },
      el('td', {}, el('a', { href: alertHref(p.alert_id), class: 'alert-link' }, `#${p.alert_id}`)),
      el('td', {}, p.alert ? `${p.alert.customer_id} ` : '', p.alert ? el('span', { class: 'muted' }, p.alert.customer_name) : null),
      el('td', {}, p.alert ? el('a', { href: entityHref(p.alert.source, p.alert.source_id), class: 'ref' }, `${p.alert.source}:${p.alert.source_id}`) : null),
      el('td', {}, el('span', { class: `state ${p.decision}` }, p.decision)),
      el('td', {}, p.proposer),
      el('td', {}, p.reason),
      el('td', {}, fmtInstant(p.proposed_at)),
      el('td', {}, reviewControls(p.alert_id, out, () => loadApprovals(list, out)))));
    fill(list, rows.length
      ? el('table', { id: 'approvals-table' },
          el('thead', {}, el('tr', {}, ['alert', 'customer', 'entry', 'proposed', 'by', 'reason', 'at', 'review'].map(h => el('th', {}, h)))),
          el('tbody', {}, rows))
      : el('p', { id: 'approvals-empty' }, 'No decision waits for approval.'));
  } catch (e) {
    fill(list, errorBox(e.message));
  }
}

// The decision form of alert `id` as shown in state `shown`: the decision carries it as expected_state, so a decision
// (or a four-eyes proposal) on an alert someone else changed after the page was drawn is refused (409, nothing written);
// the page then says so, with the alert's state now, and shows the alert again instead of overwriting it.
function decideForm(id, shown, out) {
  const as = el('select', { name: 'as', id: 'decide-as' },
    ['false_positive', 'true_match', 'escalated'].map(s => el('option', { value: s }, s)));
  const reason = el('textarea', { name: 'reason', id: 'decide-reason', rows: 2, cols: 60, required: true, placeholder: 'why (kept in the audit trail)' });
  const form = el('form', { class: 'query', id: 'decide-form', 'data-expected-state': shown },
    el('label', {}, 'Decide as', as), el('label', {}, 'Reason', reason), el('button', { type: 'submit' }, 'Record decision'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    fill(out, el('p', { class: 'muted' }, 'Recording…'));
    try {
      const result = await api(`/alerts/${encodeURIComponent(id)}/decision`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ as: as.value, reason: reason.value, expected_state: shown }),
      });
      await alertPage(id);
      if (result && result.pending_approval)
        fill(document.getElementById('decide-out'),
          el('p', { class: 'ok', role: 'status' }, `Proposed: ${result.pending_approval.decision}. A second analyst must approve it (Approvals).`));
    } catch (e) {
      if (e.status !== 409) { fill(out, errorBox(e.message)); return; }
      // Someone else decided (or proposed) meanwhile: show the alert as it is now, with what happened above the form.
      const now = e.problem && e.problem.current_state;
      const message = now
        ? `Alert #${id} was changed by someone else after this page showed it as ${shown}: it is now ${now}. ` +
          `Your decision (${as.value}) was not recorded; the alert is shown again — review it and decide again if needed.`
        : `Alert #${id} cannot take this decision now (${e.message}). Your decision (${as.value}) was not recorded; the alert is shown again.`;
      const typed = reason.value;
      await alertPage(id);
      // The reason typed stays in the new form (if the alert can still be decided), for a second look.
      const again = document.getElementById('decide-reason');
      if (again) again.value = typed;
      fill(document.getElementById('decide-out') || out,
        el('p', { class: 'decision-conflict', role: 'alert', id: 'decide-conflict', 'data-current-state': now || '' }, message));
    }
  });
  return el('section', {}, el('h2', {}, 'Decision'), form);
}
