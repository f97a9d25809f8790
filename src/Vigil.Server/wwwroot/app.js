// Vigil analyst UI: a small hash-routed page over /api/v1. No framework, no build step, no CDN.
// Every text from the lists or the user goes into the page through text nodes (el() below), never as markup.
'use strict';

const API = '/api/v1';
const DIFF_ROWS = 500;        // rows shown per part of a list change

// ---- DOM helpers -------------------------------------------------------------------------------------------------

/** Creates an element; strings and numbers among the children become text nodes (so list data is never parsed as HTML). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'class') node.className = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Replaces a node's children, skipping the null/false left by conditional parts (replaceChildren would print "null"). */
function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter(c => c !== null && c !== undefined && c !== false));
}

function show(...children) { fill(document.getElementById('main'), ...children); }

function errorBox(message) { return el('div', { class: 'error', role: 'alert' }, message); }

const fmtScore = s => s.toFixed(3);
const entityHref = (source, id) => `#/entity/${encodeURIComponent(source)}/${encodeURIComponent(id)}`;

// ---- API ---------------------------------------------------------------------------------------------------------

function apiKey() { return sessionStorage.getItem('vigil.key') || ''; }

class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function api(path, options = {}) {
  const headers = Object.assign({ Accept: 'application/json' }, options.headers || {});
  const key = apiKey();
  if (key) headers.Authorization = `Bearer ${key}`;
  const response = await fetch(API + path, Object.assign({}, options, { headers }));
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const error = new ApiError(response.status, body);
    if (response.status === 401 || response.status === 403) error.message += ' — enter a valid API key at the top right.';
    throw error;
  }
  return body;
}

async function refreshStatus() {
  const status = document.getElementById('status');
  try {
    const response = await fetch('/readyz');
    const body = await response.json();
    status.textContent = response.ok ? `${body.entities.toLocaleString()} entities · ${body.list_versions}` : 'index not ready';
  } catch {
    status.textContent = 'server unreachable';
  }
}

// ---- Search page -------------------------------------------------------------------------------------------------

function searchPage(params) {
  const field = (name, label, attrs = {}) =>
    el('label', {}, label, el('input', Object.assign({ name, value: params.get(name) || '' }, attrs)));
  const typeSelect = el('select', { name: 'type' },
    ['', 'person', 'organization', 'vessel', 'aircraft'].map(t => el('option', { value: t, selected: (params.get('type') || '') === t }, t || 'any')));
  const form = el('form', { class: 'query', id: 'search-form' },
    field('name', 'Name', { required: true, autofocus: true, placeholder: 'name in any script' }),
    el('label', {}, 'Type', typeSelect),
    field('birth_date', 'Birth date', { placeholder: 'YYYY[-MM[-DD]]', size: 11 }),
    field('country', 'Country', { placeholder: 'IR or Iran', size: 10 }),
    field('id_number', 'ID number', { size: 14 }),
    field('top', 'Top', { type: 'number', min: 1, max: 100, placeholder: '10', size: 4 }),
    field('min_score', 'Min score', { type: 'number', min: 0, max: 1, step: '0.01', placeholder: '0.80', size: 5 }),
    field('lists', 'Lists', { placeholder: 'all, or ofac-sdn,un', size: 14 }),
    el('button', { type: 'submit' }, 'Search'));
  const results = el('section', { id: 'results' });
  form.addEventListener('submit', event => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) query.set(k, String(v).trim());
    location.hash = `#/search?${query}`;
  });
  show(el('h1', {}, 'Search the lists'), form, results);
  if (params.get('name')) runSearch(params, results);
}

async function runSearch(params, results) {
  const query = new URLSearchParams(params);
  query.set('explain', 'true');
  fill(results, el('p', { class: 'muted' }, 'Searching…'));
  try {
    const body = await api(`/search?${query}`);
    const items = byParty(body.matches).map(partyView);
    fill(results,
      el('p', { class: 'muted' }, `${body.matches.length} hit(s) for “${params.get('name')}” in ${body.list_versions}`),
      items.length ? el('div', { id: 'hits' }, items) : el('p', {}, 'No match at or above the threshold.'));
  } catch (e) {
    fill(results, errorBox(e.message));
  }
}

/** A score bar; its width is set through the CSSOM because the page's CSP forbids inline style attributes. */
function bar(score) {
  const node = el('span', { class: 'bar' });
  node.style.width = `${Math.round(score * 120)}px`;
  return node;
}

/** The hits grouped by party, in the order of each party's best hit (the hits come ranked). */
function byParty(hits) {
  const groups = [];
  const byId = new Map();
  for (const hit of hits) {
    const group = hit.party && byId.get(hit.party);
    if (group) { group.push(hit); continue; }
    const fresh = [hit];
    groups.push(fresh);
    if (hit.party) byId.set(hit.party, fresh);
  }
  return groups;
}

/** One party: its listings' hits together, headed by the lists it is on when there are several. */
function partyView(hits) {
  if (hits.length === 1) return hitView(hits[0]);
  return el('section', { class: 'party', 'data-party': hits[0].party },
    el('p', { class: 'party-head' }, el('b', {}, `One party on ${hits.length} lists: `), hits.map(h => h.source).join(', '),
      el('span', { class: 'muted' }, ` · ${hits[0].party}`)),
    hits.map(hitView));
}

function hitView(hit) {
  const x = hit.explanation;
  return el('article', { class: 'hit' + (hit.via ? ' via' : ''), 'data-ref': `${hit.source}:${hit.source_id}`, 'data-party': hit.party || '' },
    el('div', { class: 'head' },
      el('span', { class: 'score' }, fmtScore(hit.score)),
      bar(hit.score),
      el('a', { href: entityHref(hit.source, hit.source_id), class: 'name' }, hit.name),
      el('span', { class: 'ref' }, `${hit.source}:${hit.source_id}`),
      hit.list_version ? el('span', { class: 'muted version' }, `${hit.source} version ${hit.list_version}`) : null,
      el('span', { class: 'muted' }, `${hit.kind} · ${hit.name_role.replace('_', ' ')}`),
      hit.primary_name !== hit.name ? el('span', { class: 'muted' }, `primary: ${hit.primary_name}`) : null,
      hit.programs.length ? el('span', { class: 'muted' }, hit.programs.join(', ')) : null,
      el('span', { class: 'muted profile', title: 'scoring profile' }, hit.profile)),
    hit.via ? el('p', { class: 'via-line' }, 'same party as ', el('a', { href: entityHref(...splitRef(hit.via)) }, hit.via),
      `, whose name matched (${hit.via_reason})`) : null,
    x && !hit.via ? explanationView(x) : null);
}

/** "custom:watchlist:E-17" → ["custom:watchlist", "E-17"]; "un:QDi.001" → ["un", "QDi.001"]. */
function splitRef(ref) {
  let i = ref.indexOf(':');
  if (ref.startsWith('custom:')) i = ref.indexOf(':', i + 1);
  return [ref.slice(0, i), ref.slice(i + 1)];
}

function explanationView(x) {
  return el('div', { class: 'explanation' },
    el('div', { class: 'words', title: 'query word ↔ listed word, similarity' },
      x.words.map(w => el('span', { class: 'pair' + (w.query && w.listed ? '' : ' none') },
        el('span', { class: 'q' }, w.query ?? '—'),
        el('span', { class: 'l' }, w.listed ?? '—'),
        el('span', { class: 's' }, `${Math.round(w.similarity * 100)}%`)))),
    el('ul', { class: 'features' },
      x.features.map(f => {
        const said = (f.detail || '').toLowerCase();
        const kind = f.feature === 'name' ? ''
          : f.effect < 0 || said.startsWith('conflict') ? 'conflict'
          : f.effect > 0 || said.startsWith('agree') ? 'agree' : '';
        const sign = f.feature === 'name' ? fmtScore(f.effect) : (f.effect > 0 ? '+' : '') + fmtScore(f.effect);
        return el('li', { class: `feature ${kind}` },
          el('b', {}, f.feature), ` ${sign} — ${f.detail}`,
          f.query ? ` (query: ${f.query}` : '', f.query && f.listed ? `; listed: ${f.listed})` : f.query ? ')' : '',
          !f.query && f.listed ? ` (listed: ${f.listed})` : '');
      })));
}

// ---- Entity page -------------------------------------------------------------------------------------------------

async function entityPage(source, id) {
  show(el('p', { class: 'muted' }, 'Loading…'));
  let body;
  try {
    body = await api(`/entities/${encodeURIComponent(source)}/${encodeURIComponent(id)}`);
  } catch (e) {
    show(el('h1', {}, `${source}:${id}`), errorBox(e.message));
    return;
  }
  const e = body.entity;
  const v = body.list_version;
  const primary = e.names.length ? e.names[0].full : `${source}:${id}`;
  const list = items => items && items.length ? el('ul', {}, items.map(i => el('li', {}, i))) : el('span', { class: 'muted' }, '—');
  const table = (headers, rows) => rows.length
    ? el('table', {}, el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
        el('tbody', {}, rows.map(r => el('tr', {}, r.map(c => el('td', {}, c ?? ''))))))
    : el('p', { class: 'muted' }, 'none listed');
  const dates = (e.birth_dates || []).map(d => (d.approximate ? 'circa ' : '') + d.from + (d.to ? ` to ${d.to}` : ''));
  const known = new Set(['source', 'source_id', 'kind', 'names', 'birth_dates', 'places_of_birth', 'nationalities', 'citizenships',
    'gender', 'identifiers', 'addresses', 'programs', 'titles', 'listed_on', 'remarks', 'links', 'vessel', 'aircraft', 'other_info']);
  const details = obj => el('dl', { class: 'kv' }, Object.entries(obj).flatMap(([k, val]) => [el('dt', {}, k.replace(/_/g, ' ')), el('dd', {}, String(val))]));

  show(
    el('h1', { id: 'entity-name' }, primary),
    el('dl', { class: 'kv' },
      el('dt', {}, 'entry'), el('dd', { class: 'ref' }, `${e.source}:${e.source_id}`),
      el('dt', {}, 'kind'), el('dd', {}, e.kind),
      el('dt', {}, 'list version'), el('dd', { id: 'list-version' },
        `${v.source} version ${v.id}${v.active ? ' (active)' : ''}` +
        (v.published_on ? `, published ${v.published_on}` : '') + `, loaded ${v.loaded_at}`),
      el('dt', {}, 'programs'), el('dd', {}, list(e.programs)),
      el('dt', {}, 'listed on'), el('dd', {}, e.listed_on || '—'),
      el('dt', {}, 'birth dates'), el('dd', {}, list(dates)),
      el('dt', {}, 'places of birth'), el('dd', {}, list(e.places_of_birth)),
      el('dt', {}, 'nationalities'), el('dd', {}, list(e.nationalities)),
      el('dt', {}, 'citizenships'), el('dd', {}, list(e.citizenships)),
      el('dt', {}, 'gender'), el('dd', {}, e.gender || '—'),
      el('dt', {}, 'titles'), el('dd', {}, list(e.titles))),
    entityPartyView(body.party, e),
    el('h2', {}, 'Names and aliases'),
    table(['name', 'role', 'given', 'family', 'note'], e.names.map(n => [n.full, n.role.replace('_', ' '), n.given, n.family, n.note])),
    el('h2', {}, 'Identifiers'),
    table(['kind', 'number', 'country', 'label', 'note'], (e.identifiers || []).map(i => [i.kind.replace(/_/g, ' '), i.number, i.country, i.label, i.note])),
    el('h2', {}, 'Addresses'),
    table(['street', 'city', 'region', 'postal code', 'country', 'note'],
      (e.addresses || []).map(a => [a.street, a.city, a.region, a.postal_code, a.country || a.country_code, a.note])),
    (e.links || []).length ? el('h2', {}, 'Links') : null,
    (e.links || []).length ? el('ul', {}, e.links.map(l => el('li', {}, `${l.relation}: `,
      l.target_source_id ? el('a', { href: entityHref(e.source, l.target_source_id) }, l.target_name) : l.target_name))) : null,
    e.vessel ? el('h2', {}, 'Vessel') : null, e.vessel ? details(e.vessel) : null,
    e.aircraft ? el('h2', {}, 'Aircraft') : null, e.aircraft ? details(e.aircraft) : null,
    (e.other_info || []).length ? el('h2', {}, 'Other information') : null, (e.other_info || []).length ? list(e.other_info) : null,
    el('h2', {}, 'Remarks'),
    e.remarks ? el('div', { class: 'remarks' }, e.remarks) : el('p', { class: 'muted' }, 'none'),
    Object.keys(e).some(k => !known.has(k)) ? el('h2', {}, 'More') : null,
    Object.keys(e).some(k => !known.has(k)) ? details(Object.fromEntries(Object.entries(e).filter(([k]) => !known.has(k)).map(([k, val]) => [k, JSON.stringify(val)]))) : null);
}

/** The entry's party across the active lists: each listing and why they are one party. */
function entityPartyView(party, e) {
  if (!party || party.listings.length < 2) return null;
  return el('section', { id: 'party' },
    el('h2', {}, `Party ${party.id}: listed on ${party.listings.length} lists`),
    el('ul', { id: 'party-listings' }, party.listings.map(l => el('li', {},
      l.source === e.source && l.source_id === e.source_id
        ? el('b', {}, `${l.source}:${l.source_id}`) : el('a', { href: entityHref(l.source, l.source_id) }, `${l.source}:${l.source_id}`),
      ` ${l.name}`, l.programs.length ? el('span', { class: 'muted' }, ` (${l.programs.join(', ')})`) : null))),
    el('ul', { id: 'party-links', class: 'muted' }, party.links.map(k => el('li', {}, `${k.a} = ${k.b}: ${k.reason}`))));
}

// ---- Lists page --------------------------------------------------------------------------------------------------

async function listsPage(params) {
  show(el('h1', {}, 'Lists'), el('p', { class: 'muted' }, 'Loading…'));
  let active, pending;
  try {
    [active, pending] = await Promise.all([api('/lists'), api('/lists/pending')]);
  } catch (e) {
    show(el('h1', {}, 'Lists'), errorBox(e.message));
    return;
  }
  // One row per source: the active version and the versions held for a decision (a source may have only held ones).
  const sources = [...new Set([...active.map(a => a.source), ...pending.map(p => p.source)])].sort();
  const held = source => pending.filter(p => p.source === source);
  const summary = el('table', { id: 'sources' },
    el('thead', {}, el('tr', {}, ['source', 'version', 'published', 'loaded', 'entries', 'persons', 'organizations', 'vessels', 'aircraft', 'warnings', 'held']
      .map(h => el('th', {}, h)))),
    el('tbody', {}, sources.map(source => {
      const a = active.find(v => v.source === source);
      const h = held(source);
      return el('tr', { 'data-source': source },
        el('td', {}, el('a', { href: `#/lists/${encodeURIComponent(source)}` }, source)),
        ...(a ? [a.number, a.published_on || '—', a.loaded_at, a.counts.total, a.counts.person, a.counts.organization, a.counts.vessel, a.counts.aircraft, a.warnings]
              : ['none active', '', '', '', '', '', '', '', '']).map(c => el('td', {}, c)),
        el('td', { class: h.length ? 'held' : 'muted' }, h.length ? h.map(v => `version ${v.number}: ${v.held_reason}`).join('; ') : '—'));
    })));
  const sections = [];
  for (const source of sources) {
    const versions = await api(`/lists/${encodeURIComponent(source)}/versions`);
    sections.push(el('h2', {}, source), versionRows(versions), diffForm(source, versions, params, '#/lists'));
  }
  show(el('h1', {}, 'Lists'),
    sources.length ? [summary, ...sections] : el('p', {}, 'No list is loaded yet: vigil lists load SOURCE PATH'));
}

/** Every version of a source, newest first, with its status (active, held with the reason, dropped). */
function versionRows(versions) {
  const status = v => v.active ? 'active' : v.status === 'pending' ? `held: ${v.held_reason}` : v.status === 'dropped' ? 'dropped' : '';
  return el('table', { class: 'versions' },
    el('thead', {}, el('tr', {}, ['version', 'id', 'published', 'loaded', 'entries', 'persons', 'organizations', 'vessels', 'aircraft', 'warnings', 'status'].map(h => el('th', {}, h)))),
    el('tbody', {}, versions.map(v => el('tr', { 'data-status': v.active ? 'active' : v.status },
      [v.number, v.id, v.published_on || '—', v.loaded_at, v.counts.total, v.counts.person, v.counts.organization, v.counts.vessel, v.counts.aircraft, v.warnings, status(v)]
        .map(c => el('td', {}, c))))));
}

const ENTRY_ROWS = 100;

/** One source: its versions, the change between two of them, and its active version's entries with a filter. */
async function sourcePage(source, params) {
  show(el('h1', {}, source), el('p', { class: 'muted' }, 'Loading…'));
  let versions;
  try {
    versions = await api(`/lists/${encodeURIComponent(source)}/versions`);
  } catch (e) {
    show(el('h1', {}, source), errorBox(e.message));
    return;
  }
  const filter = el('input', { name: 'name', value: params.get('name') || '', placeholder: 'name or id', size: 30 });
  const form = el('form', { class: 'query', id: 'entries-form' }, el('label', {}, 'Entries holding', filter), el('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const q = new URLSearchParams();
    if (filter.value.trim()) q.set('name', filter.value.trim());
    location.hash = `#/lists/${encodeURIComponent(source)}?${q}`;
  });
  const out = el('section', { id: 'entries' });
  show(el('h1', {}, source), el('p', {}, el('a', { href: '#/lists' }, '← every list')),
    el('h2', {}, 'Versions'), versionRows(versions),
    versions.length ? diffForm(source, versions, params, `#/lists/${encodeURIComponent(source)}`) : null,
    el('h2', {}, 'Entries of the active version'), form, out);
  if (!versions.some(v => v.active)) { fill(out, el('p', { class: 'muted' }, 'No active version.')); return; }
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  fill(out, el('p', { class: 'muted' }, 'Loading…'));
  try {
    const q = new URLSearchParams({ offset: String(offset), limit: String(ENTRY_ROWS) });
    if (params.get('name')) q.set('name', params.get('name'));
    const page = await api(`/lists/${encodeURIComponent(source)}/entries?${q}`);
    const pageHash = at => { const h = new URLSearchParams(params); h.set('offset', String(at)); h.delete('source'); h.delete('from'); h.delete('to'); return `#/lists/${encodeURIComponent(source)}?${h}`; };
    fill(out,
      el('p', { id: 'entries-total' }, `${page.total} entries${params.get('name') ? ` holding “${params.get('name')}”` : ''} in version ${page.list_version}` +
        (page.total ? `; ${offset + 1}–${offset + page.entries.length} shown` : '')),
      page.entries.length
        ? el('table', {}, el('thead', {}, el('tr', {}, ['id', 'kind', 'name'].map(h => el('th', {}, h)))),
            el('tbody', {}, page.entries.map(e => el('tr', {},
              el('td', {}, el('a', { href: entityHref(source, e.source_id) }, e.source_id)), el('td', {}, e.kind), el('td', {}, e.name)))))
        : el('p', { class: 'muted' }, 'none'),
      el('p', {},
        offset > 0 ? el('a', { href: pageHash(Math.max(0, offset - ENTRY_ROWS)), id: 'entries-previous' }, '← previous') : null, ' ',
        offset + page.entries.length < page.total ? el('a', { href: pageHash(offset + ENTRY_ROWS), id: 'entries-next' }, 'next →') : null));
  } catch (e) {
    fill(out, errorBox(e.message));
  }
}

function diffForm(source, versions, params, base) {
  const label = v => `${v.number} (id ${v.id}${v.published_on ? ', ' + v.published_on : ''})`;
  const options = selected => versions.map(v => el('option', { value: v.id, selected: String(v.id) === selected }, label(v)));
  const mine = params.get('source') === source;
  const older = versions.length > 1 ? String(versions[1].id) : String(versions[0].id);
  const from = el('select', { name: 'from' }, options(mine && params.get('from') || older));
  const to = el('select', { name: 'to' }, options(mine && params.get('to') || String(versions[0].id)));
  const out = el('div', { class: 'diff' });
  const form = el('form', { class: 'query' }, el('label', {}, 'From version', from), el('label', {}, 'To version', to),
    el('button', { type: 'submit', disabled: versions.length < 2 }, 'Show changes'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    location.hash = `${base}?source=${encodeURIComponent(source)}&from=${from.value}&to=${to.value}`;
  });
  if (mine && params.get('from') && params.get('to')) showDiff(source, params.get('from'), params.get('to'), out);
  return el('div', {}, form, out);
}

async function showDiff(source, from, to, out) {
  fill(out, el('p', { class: 'muted' }, 'Comparing…'));
  try {
    const d = await api(`/lists/${encodeURIComponent(source)}/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    const part = (title, rows, headers, cells) => [
      el('h2', {}, `${title} (${rows.length})`),
      rows.length ? el('table', {}, el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
        el('tbody', {}, rows.slice(0, DIFF_ROWS).map(r => el('tr', {}, cells(r).map(c => el('td', {}, c)))))) : el('p', { class: 'muted' }, 'none'),
      rows.length > DIFF_ROWS ? el('p', { class: 'muted' }, `… ${rows.length - DIFF_ROWS} more (vigil lists diff ${source} --json has them all)`) : null];
    const link = r => el('a', { href: entityHref(source, r.source_id) }, r.source_id);
    fill(out,
      el('p', { id: 'diff-summary' }, `Version ${d.from.number || d.from.id} → ${d.to.number || d.to.id}: ${d.summary.added} added, ${d.summary.removed} removed, ${d.summary.changed} changed`),
      ...part('Added', d.added, ['id', 'kind', 'name'], r => [link(r), r.kind, r.name]),
      ...part('Removed', d.removed, ['id', 'kind', 'name'], r => [r.source_id, r.kind, r.name]),
      ...part('Changed', d.changed, ['id', 'kind', 'name', 'previous name', 'fields'], r => [link(r), r.kind, r.name, r.previous_name, r.fields.join(', ')]));
  } catch (e) {
    fill(out, errorBox(e.message));
  }
}

// ---- Router ------------------------------------------------------------------------------------------------------

function route() {
  const hash = location.hash || '#/overview';
  const [path, queryString] = hash.slice(1).split('?');
  const params = new URLSearchParams(queryString || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const page = parts[0] === 'alert' ? 'alerts' : parts[0] === 'job' ? 'jobs' : parts[0];
  stopJobPoll(); // a jobs page left behind stops asking
  for (const a of document.querySelectorAll('header nav a')) a.classList.toggle('active', a.dataset.page === page);
  switch (parts[0]) {
    case 'entity': return entityPage(parts[1], parts.slice(2).join('/'));
    case 'lists': return parts[1] ? sourcePage(parts[1], params) : listsPage(params);
    case 'batch': return batchPage();
    case 'text': return textPage();
    case 'alerts': return alertsPage(params);
    case 'alert': return alertPage(parts[1]);
    case 'approvals': return approvalsPage();
    case 'overview': return overviewPage();
    case 'jobs': return jobsPage();
    case 'job': return jobPage(parts[1]);
    default: return searchPage(params);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  const key = document.getElementById('api-key');
  key.value = apiKey();
  key.addEventListener('change', () => {
    // Re-show the page with the new key, but only when it changed: a second 'change' (on blur) must not wipe a form.
    if (key.value.trim() === apiKey()) return;
    sessionStorage.setItem('vigil.key', key.value.trim());
    route();
  });
  window.addEventListener('hashchange', route);
  refreshStatus();
  setInterval(refreshStatus, 15000);
  route();
});
