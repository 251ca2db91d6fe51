// The newsflow status page: polls api/status every two seconds and renders it with DOM calls (textContent only:
// titles and URLs come from the web). No build step, no library.
'use strict';

const POLL_MS = 2000;
const WINDOW = 15; // samples kept for rates and the sparkline: 30 s
const samples = [];

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(child == null ? '' : String(child)));
  }
  return node;
}

function fill(tbody, rows) {
  tbody.replaceChildren(...rows);
}

function number(n) {
  return Number.isFinite(n) ? n.toLocaleString('en') : '–';
}

function percent(part, whole) {
  return whole > 0 ? (100 * part / whole).toFixed(1) + ' %' : '–';
}

function seconds(s) {
  if (!Number.isFinite(s) || s <= 0) return '–';
  return s < 1 ? Math.round(s * 1000) + ' ms' : s < 120 ? s.toFixed(1) + ' s' : (s / 60).toFixed(1) + ' min';
}

function ago(iso) {
  if (!iso) return 'never';
  const s = (Date.now() - Date.parse(iso)) / 1000;
  if (!Number.isFinite(s)) return iso;
  if (Math.abs(s) < 60) return s >= 0 ? Math.round(s) + ' s ago' : 'in ' + Math.round(-s) + ' s';
  if (Math.abs(s) < 3600) return s >= 0 ? Math.round(s / 60) + ' min ago' : 'in ' + Math.round(-s / 60) + ' min';
  return new Date(iso).toLocaleString();
}

function safeHref(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}

function rates(outputs) {
  samples.push({ t: Date.now(), a: outputs.articles, d: outputs.duplicates, r: outputs.rejected });
  while (samples.length > WINDOW) samples.shift();
  const first = samples[0];
  const last = samples[samples.length - 1];
  const dt = (last.t - first.t) / 1000;
  if (samples.length < 2 || dt <= 0) return null;
  return { a: (last.a - first.a) / dt, d: (last.d - first.d) / dt, r: (last.r - first.r) / dt };
}

function sparkline() {
  const points = [];
  for (let i = 1; i < samples.length; i++) {
    const dt = (samples[i].t - samples[i - 1].t) / 1000;
    points.push(dt > 0 ? (samples[i].a - samples[i - 1].a) / dt : 0);
  }
  const max = Math.max(1, ...points);
  const step = points.length > 1 ? 100 / (points.length - 1) : 100;
  $('spark').querySelector('polyline').setAttribute('points',
    points.map((v, i) => (i * step).toFixed(1) + ',' + (23 - 22 * v / max).toFixed(1)).join(' '));
}

function renderTiles(status) {
  const o = status.outputs || { articles: 0, duplicates: 0, rejected: 0 };
  const r = rates(o);
  $('rate-articles').textContent = r ? r.a.toFixed(2) : '–';
  $('rate-duplicates').textContent = r ? r.d.toFixed(2) : '–';
  $('rate-rejected').textContent = r ? r.r.toFixed(2) : '–';
  sparkline();
  const all = o.articles + o.duplicates + o.rejected;
  $('totals').textContent = [o.articles, o.duplicates, o.rejected].map(number).join(' · ');
  $('duplicate-rate').textContent = percent(o.duplicates, all);
  $('rejection-rate').textContent = percent(o.rejected, all);
  $('latency').textContent = o.latencyCount > 0
    ? seconds(o.latencyMeanSeconds) + ' · ' + seconds(o.latencyMaxSeconds) : '–';
  let lag = 0;
  for (const topics of Object.values(status.lag || {})) {
    for (const records of Object.values(topics)) lag += records;
  }
  $('lag-total').textContent = number(lag);
}

function tags(article) {
  const out = [];
  if (article.category) out.push(el('span', { class: 'tag category' }, article.category));
  for (const tag of article.tags || []) out.push(el('span', { class: 'tag' }, tag));
  return out;
}

function renderArticles(latest) {
  $('no-articles').hidden = latest.length > 0;
  $('articles').replaceChildren(...latest.map((a) => {
    const href = safeHref(a.url);
    const title = a.title || '(untitled)';
    const heading = href ? el('a', { class: 'title', href, rel: 'noopener noreferrer', target: '_blank' }, title)
      : el('span', { class: 'title' }, title);
    const meta = [a.source, a.language, a.wordCount ? a.wordCount + ' words' : null,
      a.processedAt ? 'processed ' + ago(a.processedAt) : null].filter(Boolean).join(' · ');
    return el('li', { class: 'article', 'data-id': a.id }, heading, el('div', { class: 'meta' }, meta),
      el('div', { class: 'tags' }, ...tags(a)));
  }));
}

function renderLag(lag) {
  const rows = Object.entries(lag || {}).map(([group, topics]) => {
    const behind = Object.entries(topics).filter(([, records]) => records > 0);
    const total = behind.reduce((sum, [, records]) => sum + records, 0);
    const where = behind.length === 0 ? 'caught up (' + Object.keys(topics).length + ' topics)'
      : behind.map(([topic, records]) => topic + ': ' + number(records)).join(', ');
    return el('tr', {}, el('td', {}, group), el('td', {}, where), el('td', { class: 'num' }, number(total)));
  });
  fill($('lag').tBodies[0], rows);
}

function renderReasons(outputs) {
  const rows = [];
  for (const [reason, n] of Object.entries((outputs && outputs.rejectedByReason) || {})) {
    rows.push(el('tr', {}, el('td', {}, 'rejected'), el('td', {}, reason), el('td', { class: 'num' }, number(n))));
  }
  for (const [method, n] of Object.entries((outputs && outputs.duplicatesByMethod) || {})) {
    rows.push(el('tr', {}, el('td', {}, 'duplicate'), el('td', {}, method), el('td', { class: 'num' }, number(n))));
  }
  fill($('reasons').tBodies[0], rows);
}

function renderSources(sources) {
  const list = sources || [];
  $('no-sources').hidden = list.length > 0;
  $('sources').hidden = list.length === 0;
  fill($('sources').tBodies[0], list.map((s) => el('tr', {},
    el('td', { class: 'url', title: s.detail || '' }, s.siteName ? s.siteName + ' — ' + s.url : s.url),
    el('td', { class: 'status-' + s.status }, s.status + (s.failures ? ' (' + s.failures + ' failures)' : '')),
    el('td', {}, ago(s.lastPollAt)), el('td', {}, ago(s.nextPollAt)),
    el('td', { class: 'num' }, s.itemsNew + ' / ' + s.itemsSeen), el('td', { class: 'num' }, number(s.polls)))));
}

function renderHealth(health) {
  const badge = $('health');
  badge.textContent = health.status === 'UP' ? 'healthy' : health.status === 'DOWN' ? 'down' : 'not ready';
  badge.className = 'badge ' + health.status;
  fill($('checks').tBodies[0], Object.entries(health.checks).map(([name, probe]) => el('tr', {},
    el('td', {}, name), el('td', { class: 'status-' + probe.status }, probe.status), el('td', {}, probe.detail))));
}

function renderStages(status) {
  const rows = [];
  if (status.ingest) {
    rows.push(['ingest', status.ingest.filesPublished + ' files, ' + status.ingest.recordsAccepted + ' records to raw, '
      + status.ingest.recordsRejected + ' rejected']);
  }
  if (status.web) {
    rows.push(['web', status.web.polls + ' polls (' + status.web.failedPolls + ' failed), '
      + status.web.pagesPublished + ' pages']);
  }
  if (status.processing) rows.push(['processing', 'Kafka Streams ' + status.processing]);
  if (status.sink) {
    const written = Object.values(status.sink.recordsWritten || {}).reduce((a, b) => a + b, 0);
    rows.push(['sink', written + ' records in ' + status.sink.filesWritten + ' files']);
  }
  fill($('stages').tBodies[0], rows.map(([stage, what]) => el('tr', {}, el('td', {}, stage), el('td', {}, what))));
}

function render(status) {
  $('role').textContent = 'newsflow ' + status.role + ' · up since ' + new Date(status.startedAt).toLocaleString();
  $('updated').textContent = 'updated ' + new Date(status.generatedAt).toLocaleTimeString();
  const problem = $('problem');
  problem.hidden = !status.observer;
  problem.textContent = status.observer || '';
  renderTiles(status);
  renderArticles(status.latest || []);
  renderLag(status.lag);
  renderReasons(status.outputs);
  renderSources(status.sources);
  renderHealth(status.health);
  renderStages(status);
}

async function poll() {
  try {
    const response = await fetch('api/status', { cache: 'no-store' });
    if (!response.ok) throw new Error('HTTP ' + response.status);
    render(await response.json());
  } catch (e) {
    const badge = $('health');
    badge.textContent = 'unreachable';
    badge.className = 'badge DOWN';
    $('updated').textContent = 'cannot reach newsflow: ' + e.message;
  } finally {
    setTimeout(poll, POLL_MS);
  }
}

poll();
