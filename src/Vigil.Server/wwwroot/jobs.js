// Vigil analyst UI, jobs pages: the register's screening jobs, newest first, with their progress (GET /api/v1/jobs), and
// one job (GET /api/v1/jobs/{id}), as `vigil jobs` shows them. While a job is unfinished (no finished_at: running, or
// failed until `--resume` queues its chunks again) the page asks again every JOB_POLL_MS and stops once it is finished
// or the analyst went to another page. Uses el(), fill(), show(), api() and errorBox() from app.js, fmtInstant() from alerts.js.
'use strict';

const JOB_POLL_MS = 3000;
const JOB_COUNT = 50;
const jobHref = id => `#/job/${encodeURIComponent(id)}`;
const jobFinished = j => !!j.finished_at;
const num = n => Number(n).toLocaleString('en');

/** The pending poll of the jobs pages, null when none is scheduled (the browser tests read it). */
let jobPoll = null;

function stopJobPoll() {
  if (jobPoll !== null) clearTimeout(jobPoll);
  jobPoll = null;
}

/** Asks again after JOB_POLL_MS while `out` is still on the page (leaving the page ends the polling). */
function pollAgain(out, load) {
  stopJobPoll();
  jobPoll = setTimeout(() => {
    jobPoll = null;
    if (out.isConnected) load();
  }, JOB_POLL_MS);
}

/** Chunks done of all (with the failed ones), or "one process" for a job run in a single process. */
function chunkText(j) {
  if (j.chunks === 0) return 'one process';
  return `${num(j.chunks_done)} / ${num(j.chunks)} chunks` + (j.chunks_failed ? `, ${num(j.chunks_failed)} failed` : '');
}

/** Customers done, of the job's customers when it was cut into chunks (a single-process job counts only those done). */
const customerText = j => j.chunks === 0 ? num(j.customers_done) : `${num(j.customers_done)} / ${num(j.customers)}`;

function jobProgress(j) {
  if (j.chunks === 0) return null;
  return el('progress', { class: 'job-progress', max: j.chunks, value: j.chunks_done, title: chunkText(j) });
}

/** A refused key gets a plain word on what the jobs need; anything else its message. */
function jobsError(e) {
  return [errorBox(e.message),
    e.status === 403 ? el('p', { id: 'jobs-role' }, 'Screening jobs need an analyst key.') : null];
}

// ---- Jobs list ---------------------------------------------------------------------------------------------------

function jobsPage() {
  stopJobPoll();
  const out = el('section', { id: 'jobs' }, el('p', { class: 'muted' }, 'Loading…'));
  show(el('h1', {}, 'Jobs'),
    el('p', { class: 'muted' }, 'Screenings of the customer register (imports, list changes, rescreens), newest first; ' +
      'a job cut into chunks is run by vigil worker processes.'),
    out);
  loadJobs(out);
}

async function loadJobs(out) {
  let body;
  try {
    body = await api(`/jobs?count=${JOB_COUNT}`);
  } catch (e) {
    if (out.isConnected) fill(out, jobsError(e));
    return;
  }
  if (!out.isConnected) return;
  const jobs = body.jobs;
  const running = jobs.some(j => !jobFinished(j));
  fill(out,
    jobs.length
      ? el('table', { id: 'jobs-table' },
          el('thead', {}, el('tr', {}, ['job', 'kind', 'state', 'chunks', '', 'customers', 'alerts raised', 'started', 'finished']
            .map(h => el('th', {}, h)))),
          el('tbody', {}, jobs.map(j => el('tr', { 'data-job': j.id, 'data-state': j.state },
            el('td', {}, el('a', { href: jobHref(j.id), class: 'job-link' }, `#${j.id}`)),
            el('td', { class: 'job-kind' }, j.kind),
            el('td', {}, el('span', { class: `state job-${j.state}` }, j.state)),
            el('td', { class: 'job-chunks' }, chunkText(j)),
            el('td', {}, jobProgress(j)),
            el('td', { class: 'job-customers' }, customerText(j)),
            el('td', { class: 'job-raised' }, num(j.raised)),
            el('td', {}, fmtInstant(j.started_at)),
            el('td', {}, j.finished_at ? fmtInstant(j.finished_at) : '—')))))
      : el('p', { id: 'jobs-empty' }, 'No screening job yet: importing customers (vigil customers import) or a list change starts one.'),
    el('p', { class: 'muted', id: 'jobs-refresh' }, running
      ? `Unfinished jobs: refreshed every ${JOB_POLL_MS / 1000} s.` : `As of ${new Date().toLocaleTimeString('en-GB')}.`));
  if (running) pollAgain(out, () => loadJobs(out));
}

// ---- One job -----------------------------------------------------------------------------------------------------

function jobPage(id) {
  stopJobPoll();
  const out = el('section', { id: 'job' }, el('p', { class: 'muted' }, 'Loading…'));
  show(el('p', {}, el('a', { href: '#/jobs' }, '← every job')), out);
  loadJob(id, out);
}

async function loadJob(id, out) {
  let j;
  try {
    j = await api(`/jobs/${encodeURIComponent(id)}`);
  } catch (e) {
    if (!out.isConnected) return;
    fill(out, el('h1', {}, `Job #${id}`), e.status === 404 ? errorBox(`No job #${id}; the Jobs page lists them.`) : jobsError(e));
    return;
  }
  if (!out.isConnected) return;
  const finished = jobFinished(j);
  fill(out,
    el('h1', {}, `Job #${j.id} `, el('span', { id: 'job-state', class: `state job-${j.state}` }, j.state)),
    el('dl', { class: 'kv', id: 'job-detail' },
      el('dt', {}, 'kind'), el('dd', { id: 'job-kind' }, j.kind),
      el('dt', {}, 'chunks'), el('dd', {}, el('span', { id: 'job-chunks' }, chunkText(j)), ' ', jobProgress(j)),
      el('dt', {}, 'customers'), el('dd', { id: 'job-customers' }, customerText(j)),
      el('dt', {}, 'alerts'), el('dd', { id: 'job-alerts' },
        `${num(j.raised)} raised, ${num(j.reopened)} re-opened, ${num(j.closed)} closed`),
      el('dt', {}, 'lists'), el('dd', {}, j.lists),
      el('dt', {}, 'profile'), el('dd', {}, j.profile),
      el('dt', {}, 'started'), el('dd', { id: 'job-started' }, fmtInstant(j.started_at)),
      el('dt', {}, 'finished'), el('dd', { id: 'job-finished' }, finished ? fmtInstant(j.finished_at) : 'not yet')),
    j.state === 'failed'
      ? el('p', { class: 'error', id: 'job-failed' }, 'A chunk failed every delivery; the job stays unfinished until ' +
          "'vigil customers rescreen --via nats --resume' publishes its chunks not done again.")
      : null,
    el('p', { class: 'muted', id: 'job-refresh' }, finished
      ? 'Finished.' : `Unfinished: refreshed every ${JOB_POLL_MS / 1000} s (last ${new Date().toLocaleTimeString('en-GB')}).`));
  if (!finished) pollAgain(out, () => loadJob(id, out));
}
