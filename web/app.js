// web/app.js: the dyad dashboard. Plain JavaScript and SVG over the JSON API
// (docs/api.md); the only outside data is the npm package world-atlas's country outlines,
// served by `dyad serve` at /vendor/world-atlas/. No CDN, no network beyond this server.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const QUADS = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };

function el(name, attrs, parent, text) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  if (parent) parent.appendChild(e);
  return e;
}

function status(msg) { document.getElementById('status').textContent = msg || ''; }

async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ? body.error.message : r.statusText);
  return body;
}

// The filter form as API parameters (empty fields left out).
function filterParams() {
  const f = document.getElementById('filters');
  const p = new URLSearchParams();
  for (const k of ['from', 'to', 'actor', 'root']) {
    const v = f.elements[k].value.trim();
    if (v) p.append(k, v);
  }
  return p;
}

function withParams(base, extra) {
  const p = filterParams();
  for (const [k, v] of Object.entries(extra)) p.append(k, v);
  return base + '?' + p.toString();
}

// Timeline: stacked bars of events per period and QuadClass, the Goldstein sum as a line.
async function drawTimeline() {
  const period = document.getElementById('filters').elements.period.value;
  const data = await api(withParams('/v1/aggregate', { by: 'quad,' + period }));
  const svg = document.getElementById('timeline');
  svg.replaceChildren();
  const periods = [...new Set(data.rows.map(r => r[period]).filter(p => p))].sort();
  const by = {};
  const gsum = {};
  for (const r of data.rows) {
    if (!r[period]) continue;
    (by[r[period]] = by[r[period]] || {})[r.quad] = r.events;
    gsum[r[period]] = (gsum[r[period]] || 0) + r.goldstein_sum;
  }
  if (!periods.length) { el('text', { x: 20, y: 40, class: 'empty' }, svg, 'no events'); return 0; }
  const W = 900, H = 260, L = 40, B = 30, T = 10;
  const total = p => Object.values(by[p] || {}).reduce((a, b) => a + b, 0);
  const maxN = Math.max(1, ...periods.map(total));
  const gs = periods.map(p => gsum[p] || 0);
  const gmax = Math.max(1, ...gs.map(Math.abs));
  const bw = (W - L - 10) / periods.length;
  periods.forEach((p, i) => {
    let y = H - B;
    for (const q of [1, 2, 3, 4]) {
      const n = (by[p] || {})[q] || 0;
      if (!n) continue;
      const h = n / maxN * (H - B - T);
      y -= h;
      const r = el('rect', { x: L + i * bw + 1, y, width: Math.max(1, bw - 2), height: h, class: 'bar q' + q }, svg);
      el('title', {}, r, `${p}: ${n} ${QUADS[q]}`);
    }
  });
  const pts = gs.map((g, i) => `${L + (i + 0.5) * bw},${(H - B - T) / 2 + T - g / gmax * (H - B - T) / 2}`);
  el('polyline', { points: pts.join(' '), class: 'gline' }, svg);
  el('text', { x: 2, y: T + 8, class: 'axis' }, svg, String(maxN));
  el('text', { x: L, y: H - 8, class: 'axis' }, svg, periods[0]);
  el('text', { x: W - 80, y: H - 8, class: 'axis' }, svg, periods[periods.length - 1]);
  const lg = el('g', { class: 'legend' }, svg);
  [1, 2, 3, 4].forEach((q, i) => {
    el('rect', { x: L + 120 + i * 150, y: H - 18, width: 10, height: 10, class: 'q' + q }, lg);
    el('text', { x: L + 134 + i * 150, y: H - 9, class: 'axis' }, lg, QUADS[q]);
  });
  return periods.length;
}

// Actor network: countries on a circle, an edge per country dyad.
async function drawNetwork() {
  const data = await api(withParams('/v1/aggregate', { by: 'country-dyad', top: '60', has_target: 'true' }));
  const svg = document.getElementById('network');
  svg.replaceChildren();
  const rows = data.rows.filter(r => r.source_country && r.target_country && r.source_country !== r.target_country);
  const nodes = [...new Set(rows.flatMap(r => [r.source_country, r.target_country]))].sort();
  if (!nodes.length) { el('text', { x: 20, y: 40, class: 'empty' }, svg, 'no dyads'); return 0; }
  const pos = {};
  nodes.forEach((n, i) => {
    const a = 2 * Math.PI * i / nodes.length;
    pos[n] = [300 + 240 * Math.cos(a), 300 + 240 * Math.sin(a)];
  });
  const maxN = Math.max(...rows.map(r => r.events));
  for (const r of rows) {
    const [x1, y1] = pos[r.source_country], [x2, y2] = pos[r.target_country];
    const g = r.goldstein_mean || 0;
    const colour = g < 0 ? `rgb(${150 + Math.round(-g * 10)},40,40)` : `rgb(40,${110 + Math.round(g * 14)},60)`;
    const line = el('line', { x1, y1, x2, y2, class: 'edge', stroke: colour,
                              'stroke-width': 0.5 + 5 * r.events / maxN }, svg);
    el('title', {}, line, `${r.source_country} → ${r.target_country}: ${r.events} events, mean Goldstein ${g.toFixed(1)}`);
  }
  for (const n of nodes) {
    const [x, y] = pos[n];
    el('circle', { cx: x, cy: y, r: 6, class: 'node', 'data-country': n }, svg);
    el('text', { x: x + (x >= 300 ? 8 : -8), y: y + 4, class: 'node-label',
                 'text-anchor': x >= 300 ? 'start' : 'end' }, svg, n);
  }
  return nodes.length;
}

// TopoJSON (world-atlas) to arrays of [lon, lat] rings.
function topoRings(topo, object) {
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = idx => {
    const pts = [];
    for (const i of idx) {
      const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      pts.push(...(pts.length ? a.slice(1) : a));
    }
    return pts;
  };
  return topo.objects[object].geometries.map(g => {
    const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    return { name: (g.properties || {}).name || '', rings: polys.flatMap(p => p.map(ring)) };
  });
}

const project = ([lon, lat]) => [(lon + 180) / 360 * 960, (90 - lat) / 180 * 480];

let atlas = null;
async function drawMap() {
  const svg = document.getElementById('map');
  svg.replaceChildren();
  if (!atlas) {
    const r = await fetch('/vendor/world-atlas/countries-110m.json');
    if (!r.ok) throw new Error('no country outlines at /vendor/world-atlas/ (run scripts/setup.sh)');
    atlas = topoRings(await r.json(), 'countries');
  }
  for (const c of atlas) {
    // A jump of more than half the world between two points is a ring cut at the
    // antimeridian: move there instead of drawing a line across the map.
    const d = c.rings.map(r => r.map((p, i) => (i === 0 || Math.abs(p[0] - r[i - 1][0]) > 180 ? 'M' : 'L') +
                                     project(p).map(v => v.toFixed(1)).join(',')).join('')).join('');
    const path = el('path', { d, class: 'country' }, svg);
    el('title', {}, path, c.name);
  }
  const data = await api(withParams('/v1/events', { limit: '1000' }));
  let n = 0;
  for (const e of data.events) {
    if (!e.location || e.location.lat === null || e.location.lon === null) continue;
    const [x, y] = project([e.location.lon, e.location.lat]);
    const dot = el('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 3, class: 'event-dot' }, svg);
    el('title', {}, dot, `${e.location.name}: ${e.code} ${e.source ? e.source.code : ''} → ${e.target ? e.target.code : ''}`);
    ++n;
  }
  return n;
}

// The sentence with the byte spans of source, target and predicate marked.
function highlighted(evidence) {
  const bytes = new TextEncoder().encode(evidence.sentence);
  const dec = new TextDecoder();
  const spans = ['source', 'target', 'predicate'].filter(k => evidence[k])
    .map(k => ({ k, s: evidence[k][0], e: evidence[k][1] })).sort((a, b) => a.s - b.s);
  const out = document.createElement('p');
  let at = 0;
  for (const sp of spans) {
    if (sp.s < at) continue;  // overlapping spans: the first one wins
    out.append(dec.decode(bytes.slice(at, sp.s)));
    const m = document.createElement('mark');
    m.className = sp.k;
    m.title = sp.k;
    m.textContent = dec.decode(bytes.slice(sp.s, sp.e));
    out.append(m);
    at = sp.e;
  }
  out.append(dec.decode(bytes.slice(at)));
  return out;
}

async function openEvent(id, row) {
  document.querySelectorAll('#events tr.selected').forEach(r => r.classList.remove('selected'));
  if (row) row.classList.add('selected');
  const d = await api('/v1/events/' + id);
  const box = document.getElementById('detail');
  box.replaceChildren();
  const e = d.event;
  const head = document.createElement('div');
  head.textContent = `Event ${e.event_id}: ${e.source ? e.source.code : '—'} → ${e.target ? e.target.code : '—'}, ` +
    `CAMEO ${e.code} (Goldstein ${e.goldstein}), ${e.date || 'undated'}, ${e.doc_id}`;
  const why = document.createElement('div');
  why.className = 'why';
  why.textContent = `pattern ${d.evidence.pattern} (${d.evidence.where})`;
  box.append(head, highlighted(d.evidence), why);
  box.hidden = false;
}

let cursor = null;
async function drawTable(append) {
  const extra = { limit: '100' };
  if (append && cursor) extra.cursor = cursor;
  const data = await api(withParams('/v1/events', extra));
  const tbody = document.querySelector('#events tbody');
  if (!append) tbody.replaceChildren();
  for (const e of data.events) {
    const tr = document.createElement('tr');
    tr.dataset.id = e.event_id;
    for (const v of [e.event_id, e.date || '', e.source ? e.source.code : '', e.target ? e.target.code : '',
                     e.code, e.goldstein, e.sentence_text.length > 140 ? e.sentence_text.slice(0, 140) + '…' : e.sentence_text]) {
      const td = document.createElement('td');
      td.textContent = v;
      tr.appendChild(td);
    }
    tr.addEventListener('click', () => openEvent(e.event_id, tr).catch(err => status(err.message)));
    tbody.appendChild(tr);
  }
  cursor = data.next_cursor;
  document.getElementById('more').hidden = !cursor;
  return tbody.children.length;
}

async function drawAll() {
  status('loading…');
  document.body.dataset.ready = '';
  try {
    const [t, n, m, r] = await Promise.all([drawTimeline(), drawNetwork(), drawMap(), drawTable(false)]);
    status(`${r} events listed; ${t} periods, ${n} countries in dyads, ${m} located events`);
    document.body.dataset.ready = '1';
  } catch (err) {
    status(err.message);
    document.body.dataset.ready = 'error';
  }
}

document.getElementById('filters').addEventListener('submit', ev => { ev.preventDefault(); drawAll(); });
document.getElementById('more').addEventListener('click', () => drawTable(true).catch(err => status(err.message)));

// Filters and a test hook from the URL: ?actor=IRN*&from=...; autoclick=1 clicks the
// first table row once everything is drawn (headless tests, which cannot click).
const url = new URLSearchParams(location.search);
for (const k of ['from', 'to', 'actor', 'root', 'period']) {
  if (url.get(k)) document.getElementById('filters').elements[k].value = url.get(k);
}
drawAll().then(() => {
  const first = document.querySelector('#events tbody tr');
  if (url.get('autoclick') === '1' && first) first.click();
});
