// Vigil analyst UI, batch page: parse a CSV in the browser, screen it through POST /api/v1/screen in chunks with a
// progress bar, and offer the results as a CSV download. Uses el(), fill(), show() and api() from app.js.
'use strict';

const BATCH_CHUNK = 100; // records per POST /screen call: small enough to show progress, far below the server's limit

// ---- Batch page --------------------------------------------------------------------------------------------------

/** RFC 4180 CSV: quoted fields, doubled quotes, CR/LF line ends. Returns rows with the 1-based line each starts on. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false, line = 1, rowLine = 1;
  if (text.charCodeAt(0) === 0xFEFF) text = text.slice(1);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else { if (c === '\n') line++; field += c; }
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push({ line: rowLine, cells: row });
      row = []; line++; rowLine = line;
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push({ line: rowLine, cells: row }); }
  return rows;
}

/** One CSV cell: a cell a spreadsheet would run as a formula (starts with = + - @ tab or CR) gets a leading ' (OWASP's
 *  CSV-injection rule, the same as CsvCell.Neutralise in src/Vigil.Workflows/CsvCell.cs; change both together), then
 *  quotes, commas and line breaks are quoted as RFC 4180 says. */
function csvCell(value) {
  let s = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function batchPage() {
  const file = el('input', { type: 'file', id: 'batch-file', accept: '.csv,text/csv' });
  const top = el('input', { type: 'number', name: 'top', min: 1, max: 100, value: 10, size: 4 });
  const minScore = el('input', { type: 'number', name: 'min_score', min: 0, max: 1, step: '0.01', placeholder: '0.80', size: 5 });
  const run = el('button', { type: 'submit', id: 'batch-run' }, 'Screen');
  const progress = el('progress', { id: 'batch-progress', max: 1, value: 0, hidden: true });
  const state = el('p', { id: 'batch-state', class: 'muted' });
  const out = el('div', { id: 'batch-out' });
  const form = el('form', { class: 'query' },
    el('label', {}, 'CSV file (id,name,type,birth_date,country,id_number)', file),
    el('label', {}, 'Top', top), el('label', {}, 'Min score', minScore), run);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (!file.files.length) { state.textContent = 'Choose a CSV file first.'; return; }
    run.disabled = true;
    try {
      await screenFile(file.files[0], top.value, minScore.value, progress, state, out);
    } finally {
      run.disabled = false;
    }
  });
  show(el('h1', {}, 'Batch screening'),
    el('p', { class: 'muted' }, 'The file is screened in chunks of ' + BATCH_CHUNK + ' records; results download as CSV (id,rank,source,source_id,name,score).'),
    form, progress, state, out);
}

async function screenFile(file, top, minScore, progress, state, out) {
  fill(out);
  const rows = parseCsv(await file.text());
  if (!rows.length) { state.textContent = `${file.name}: empty`; return; }
  const header = rows[0].cells.map(h => h.trim().toLowerCase());
  const col = name => header.indexOf(name);
  if (col('name') < 0) { fill(state, errorBox(`${file.name}: line 1: the header has no 'name' column (found: ${header.join(',')})`)); return; }
  const records = rows.slice(1).map((r, i) => {
    const get = name => col(name) >= 0 ? (r.cells[col(name)] ?? '') : '';
    return { line: r.line, record: { id: get('id') || String(i + 1), name: get('name'), type: get('type'), birth_date: get('birth_date'), country: get('country'), id_number: get('id_number') } };
  });
  const query = new URLSearchParams({ top: top || '10' });
  if (minScore) query.set('min_score', minScore);
  progress.hidden = false;
  progress.max = records.length;
  progress.value = 0;
  const results = [], problems = [];
  for (let start = 0; start < records.length; start += BATCH_CHUNK) {
    let chunk = records.slice(start, start + BATCH_CHUNK);
    for (let attempt = 0; attempt < 2 && chunk.length; attempt++) {
      try {
        const body = await api(`/screen?${query}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(chunk.map(c => c.record)) });
        body.results.forEach((r, i) => results.push({ line: chunk[i].line, result: r }));
        break;
      } catch (e) {
        if (!(e instanceof ApiError) || e.status !== 400 || !e.problem || !e.problem.errors) throw showBatchError(state, e);
        // Bad records: report them with their CSV line, then screen the rest of the chunk.
        const bad = new Set();
        for (const [field, messages] of Object.entries(e.problem.errors)) {
          const m = /^\[(\d+)\]\.?(.*)$/.exec(field);
          if (!m) throw showBatchError(state, e);
          bad.add(Number(m[1]));
          problems.push(`${file.name}: line ${chunk[Number(m[1])].line}: ${m[2]}: ${messages.join('; ')}; row skipped`);
        }
        chunk = chunk.filter((_, i) => !bad.has(i));
      }
    }
    progress.value = Math.min(records.length, start + BATCH_CHUNK);
    state.textContent = `Screened ${progress.value} of ${records.length} records…`;
  }
  const lines = ['id,rank,source,source_id,name,score'];
  let withMatches = 0;
  for (const { result } of results) {
    if (result.matches.length) withMatches++;
    result.matches.forEach((m, i) => lines.push([result.id, i + 1, m.source, m.source_id, m.name, m.score].map(csvCell).join(',')));
  }
  const blob = new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/csv' });
  const download = el('a', { href: URL.createObjectURL(blob), download: file.name.replace(/\.csv$/i, '') + '-results.csv', id: 'batch-download' }, 'Download results (CSV)');
  state.textContent = `Done: ${results.length} records screened, ${withMatches} with matches, ${problems.length} skipped.`;
  const preview = results.filter(r => r.result.matches.length).slice(0, 50);
  fill(out,
    el('p', {}, download),
    problems.length ? errorBox(problems.join('\n')) : null,
    preview.length ? el('table', { id: 'batch-preview' },
      el('thead', {}, el('tr', {}, ['id', 'best match', 'entry', 'score', 'matches'].map(h => el('th', {}, h)))),
      el('tbody', {}, preview.map(({ result }) => el('tr', {},
        el('td', {}, result.id),
        el('td', {}, el('a', { href: entityHref(result.matches[0].source, result.matches[0].source_id) }, result.matches[0].name)),
        el('td', { class: 'ref' }, `${result.matches[0].source}:${result.matches[0].source_id}`),
        el('td', {}, fmtScore(result.matches[0].score)),
        el('td', {}, result.matches.length))))) : null);
}

function showBatchError(state, e) {
  fill(state, errorBox(e.message));
  return e;
}
