// Vigil analyst UI, text page: paste prose or a payment message (MT103, pacs.008), screen it through
// POST /api/v1/screen/text, and see each mention highlighted in the text with a link to its entity page.
// Uses el(), fill(), show(), api(), entityHref() and fmtScore() from app.js.
'use strict';

function textPage() {
  const text = el('textarea', { name: 'text', id: 'text-input', rows: 12, cols: 100, required: true,
    placeholder: 'a news article, remittance information, or a whole MT103 / pacs.008 message' });
  text.value = sessionStorage.getItem('vigil.text') || '';
  const format = el('select', { name: 'format', id: 'text-format' },
    ['auto', 'text', 'mt103', 'pacs008'].map(f => el('option', { value: f }, f)));
  const minScore = el('input', { name: 'min_score', type: 'number', min: 0, max: 1, step: '0.01', placeholder: '0.80', size: 5 });
  const lists = el('input', { name: 'lists', id: 'text-lists', placeholder: 'all, or ofac-sdn,un', size: 14 });
  const form = el('form', { class: 'query text', id: 'text-form' },
    el('label', { class: 'wide' }, 'Text', text), el('label', {}, 'Format', format), el('label', {}, 'Min score', minScore),
    el('label', {}, 'Lists', lists),
    el('button', { type: 'submit', id: 'text-run' }, 'Find mentions'));
  const out = el('section', { id: 'text-out' });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    sessionStorage.setItem('vigil.text', text.value);
    fill(out, el('p', { class: 'muted' }, 'Screening…'));
    const request = { text: text.value, format: format.value };
    if (minScore.value.trim()) request.min_score = Number(minScore.value);
    if (lists.value.trim()) request.lists = lists.value.trim();
    try {
      const body = await api('/screen/text', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
      });
      fill(out, mentionsView(text.value, body));
    } catch (e) {
      fill(out, errorBox(e.message));
    }
  });
  show(el('h1', {}, 'Screen a text or a payment message'), form, out);
}

/** The text with each mention as a link (the best one where mentions overlap), then every mention in a table. */
function mentionsView(text, body) {
  const marked = [];
  let at = 0;
  for (const m of body.mentions) {
    if (m.start < at) continue; // overlaps one already marked; it is still in the table below
    if (m.start > at) marked.push(text.slice(at, m.start));
    marked.push(el('a', {
      class: 'mention', href: entityHref(m.source, m.source_id), 'data-ref': `${m.source}:${m.source_id}`,
      title: `${m.source}:${m.source_id} ${m.name} (${fmtScore(m.score)})`,
    }, text.slice(m.start, m.end)));
    at = m.end;
  }
  marked.push(text.slice(at));
  const payment = body.mentions.some(m => m.field);
  return [
    el('p', { class: 'muted', id: 'text-summary' }, `${body.mentions.length} mention(s), read as ${body.format}, in ${body.list_versions}`),
    el('pre', { class: 'screened', id: 'text-marked' }, marked),
    body.mentions.length
      ? el('table', { id: 'mentions' },
          el('thead', {}, el('tr', {}, [payment ? 'field' : null, 'words', 'entry', 'listed name', 'score', 'offsets'].filter(Boolean).map(h => el('th', {}, h)))),
          el('tbody', {}, body.mentions.map(m => el('tr', {},
            payment ? el('td', {}, m.field || '') : null,
            el('td', {}, m.text),
            el('td', {}, el('a', { href: entityHref(m.source, m.source_id), class: 'ref' }, `${m.source}:${m.source_id}`)),
            el('td', {}, m.name),
            el('td', {}, fmtScore(m.score)),
            el('td', { class: 'muted' }, `${m.start}–${m.end}`)))))
      : el('p', {}, 'No listed party is mentioned at or above the threshold.'),
  ];
}
