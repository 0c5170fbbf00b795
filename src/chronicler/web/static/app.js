/* chronicler web page: timeline of event clusters, actor graph and a source panel. Plain JS + SVG, no build. */
"use strict";

const QUADS = {
  verbal_cooperation: { label: "Verbal cooperation", color: "#5fb36b" },
  material_cooperation: { label: "Material cooperation", color: "#1e7a3c" },
  verbal_conflict: { label: "Verbal conflict", color: "#f08c00" },
  material_conflict: { label: "Material conflict", color: "#c92a2a" },
};
const OTHER = { label: "Other", color: "#8a8f98" };
const STATUS_SHAPES = {
  occurred: "circle", ongoing: "square", planned: "triangle", proposed: "diamond", expected: "triangle-down",
  hypothetical: "ring", negated: "cross",
};
const HIGHLIGHTS = ["trigger", "source", "target", "time", "location"];
const SVG = "http://www.w3.org/2000/svg";
const DAY = 86400000;
const MAX_ENTRIES = 20000;

const state = { entries: [], selected: null, t0: 0, t1: 1, full: [0, 1], meta: null };

// ------------------------------------------------------------------------------------------- helpers
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v; else if (k === "text") e.textContent = v; else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}
function svg(tag, attrs = {}) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}
async function api(path, params) {
  const qs = params ? "?" + params.toString() : "";
  const r = await fetch(path + qs, { headers: { accept: "application/json" } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ? body.error.message : r.statusText);
  return body;
}
const quadOf = (q) => QUADS[q] || OTHER;
const actorName = (a) => (a ? a.name : "—");
const dayMs = (iso) => Date.parse(iso + "T00:00:00Z");
function fmtDate(d) {
  if (!d) return "undated";
  if (d.earliest && d.latest && d.earliest !== d.latest) {
    return d.best ? `${d.best} (${d.earliest} – ${d.latest})` : `${d.earliest} – ${d.latest}`;
  }
  return d.best || d.earliest || d.latest || "undated";
}
function setStatus(text, isError) {
  const s = document.getElementById("status");
  s.textContent = text;
  s.classList.toggle("error", !!isError);
}

// shapes drawn centred on (0, 0) with radius r
function shape(kind, r, color) {
  const hollow = { fill: "#fff", stroke: color, "stroke-width": 2 };
  const solid = { fill: color, stroke: "#fff", "stroke-width": 1 };
  let s;
  switch (kind) {
    case "square": s = svg("rect", { x: -r, y: -r, width: 2 * r, height: 2 * r, ...solid }); break;
    case "triangle": s = svg("path", { d: `M0,${-r * 1.15}L${r * 1.1},${r * 0.85}L${-r * 1.1},${r * 0.85}Z`, ...hollow }); break;
    case "triangle-down": s = svg("path", { d: `M0,${r * 1.15}L${r * 1.1},${-r * 0.85}L${-r * 1.1},${-r * 0.85}Z`, ...hollow }); break;
    case "diamond": s = svg("path", { d: `M0,${-r * 1.25}L${r * 1.25},0L0,${r * 1.25}L${-r * 1.25},0Z`, ...hollow }); break;
    case "ring": s = svg("circle", { r, ...hollow, "stroke-dasharray": "3 2" }); break;
    case "cross": s = svg("path", { d: `M${-r},${-r}L${r},${r}M${-r},${r}L${r},${-r}`, stroke: color, "stroke-width": 3, fill: "none" }); break;
    default: s = svg("circle", { r, ...solid });
  }
  s.classList.add("shape");
  return s;
}
function glyph(kind, color, size = 16) {
  const g = svg("svg", { width: size, height: size, viewBox: `${-size / 2} ${-size / 2} ${size} ${size}` });
  g.append(shape(kind, size / 2 - 3, color));
  return g;
}

// ------------------------------------------------------------------------------------------- filters
function filterParams() {
  const p = new URLSearchParams();
  for (const [id, name] of [["f-actor", "actor"], ["f-type", "type"], ["f-status", "status"], ["f-from", "from"], ["f-to", "to"], ["f-text", "text"]]) {
    const v = document.getElementById(id).value;
    if (v) {
      if (name === "type" && v.startsWith("quad:")) p.append("quad", v.slice(5)); else p.append(name, v);
    }
  }
  return p;
}

async function initFilters() {
  const meta = await api("/api/meta");
  state.meta = meta;
  const type = document.getElementById("f-type");
  for (const [q, types] of Object.entries(meta.quad_classes)) {
    const group = el("optgroup", { label: QUADS[q].label });
    group.append(el("option", { value: "quad:" + q, text: `All ${QUADS[q].label.toLowerCase()}` }));
    for (const t of types) group.append(el("option", { value: t, text: t }));
    type.append(group);
  }
  const status = document.getElementById("f-status");
  for (const s of meta.statuses) status.append(el("option", { value: s, text: s }));
  const actors = await api("/api/actors", new URLSearchParams({ limit: "1000" }));
  const sel = document.getElementById("f-actor");
  for (const a of actors.items) {
    const codes = [a.country, a.sector].filter(Boolean).join("/");
    sel.append(el("option", { value: a.id, text: `${a.name}${codes ? " (" + codes + ")" : ""} · ${a.events}` }));
  }
  const lq = document.getElementById("legend-quad");
  for (const q of Object.values(QUADS)) lq.append(el("li", {}, glyph("circle", q.color), el("span", { text: q.label })));
  const ls = document.getElementById("legend-status");
  for (const [s, kind] of Object.entries(STATUS_SHAPES)) ls.append(el("li", {}, glyph(kind, "#4a5163"), el("span", { text: s })));
}

// ------------------------------------------------------------------------------------------- timeline data
async function loadTimeline() {
  setStatus("loading…");
  const params = filterParams();
  params.set("limit", "5000");
  const entries = [];
  let cursor = null;
  do {
    if (cursor) params.set("cursor", cursor);
    const page = await api("/api/timeline", params);
    entries.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor && entries.length < MAX_ENTRIES);
  state.entries = entries;
  const dated = entries.filter((e) => e.date && (e.date.best || e.date.earliest || e.date.latest));
  const times = dated.map((e) => dayMs(e.date.best || e.date.earliest || e.date.latest));
  let start;
  if (times.length) {
    const lo = Math.min(...times), hi = Math.max(...times);
    const pad = Math.max((hi - lo) * 0.05, 3 * DAY);
    state.full = [lo - pad, hi + pad];
    // open on where most events are (2nd–98th percentile); "Fit" shows the outliers too
    const sorted = [...times].sort((a, b) => a - b);
    const p = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    const a = p(0.02), b = p(0.98), pad2 = Math.max((b - a) * 0.05, 3 * DAY);
    start = [a - pad2, b + pad2];
  } else {
    const now = Date.now();
    state.full = [now - 365 * DAY, now];
    start = state.full;
  }
  [state.t0, state.t1] = start;
  document.getElementById("count").textContent =
    `${entries.length} event cluster${entries.length === 1 ? "" : "s"}` + (cursor ? " (first " + entries.length + ")" : "");
  setStatus(`${entries.length} clusters`);
  drawTimeline();
  drawUndated();
  drawTable();
  if (!document.getElementById("view-graph").classList.contains("hidden")) loadGraph();
}

// ------------------------------------------------------------------------------------------- timeline drawing
const LANES = [...Object.keys(QUADS), "other"];
const MARGIN = { left: 172, right: 20, top: 26, bottom: 10 };

function ticks(t0, t1, width) {
  const spanDays = (t1 - t0) / DAY;
  const perPx = spanDays / width;
  const steps = [[1, "day"], [7, "day"], [1, "month"], [3, "month"], [12, "month"], [60, "month"], [120, "month"]];
  let step = steps[steps.length - 1];
  for (const s of steps) {
    const days = s[1] === "day" ? s[0] : s[0] * 30.4;
    if (days / perPx >= 90) { step = s; break; }
  }
  const out = [];
  const d = new Date(t0);
  if (step[1] === "day") {
    let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    while (t <= t1) { if (t >= t0) out.push([t, new Date(t).toISOString().slice(0, 10)]); t += step[0] * DAY; }
  } else {
    let y = d.getUTCFullYear(), m = d.getUTCMonth() - (d.getUTCMonth() % Math.min(step[0], 12));
    for (let i = 0; i < 400; i++) {
      const t = Date.UTC(y, m, 1);
      if (t > t1) break;
      const label = step[0] >= 12 ? String(y) : new Date(t).toLocaleString("en", { month: "short", year: "numeric", timeZone: "UTC" });
      if (t >= t0) out.push([t, label]);
      m += step[0];
      while (m >= 12) { m -= 12; y += 1; }
    }
  }
  return out;
}

function drawTimeline() {
  const root = document.getElementById("timeline");
  root.replaceChildren();
  const width = root.clientWidth || 800;
  const plotW = width - MARGIN.left - MARGIN.right;
  const x = (t) => MARGIN.left + ((t - state.t0) / (state.t1 - state.t0)) * plotW;
  // stack marks that fall on the same pixel column of a lane
  const laneOf = (e) => (QUADS[e.quad] ? e.quad : "other");
  const dated = state.entries.filter((e) => e.date && (e.date.best || e.date.earliest || e.date.latest));
  // greedy stacking: each mark goes to the lowest row of its lane whose last mark is far enough to the left
  const rows = {};
  const placed = [];
  const byX = dated.map((e) => ({ e, px: x(dayMs(e.date.best || e.date.earliest || e.date.latest)) }))
    .sort((a, b) => a.px - b.px);
  for (const { e, px } of byX) {
    const lane = (rows[laneOf(e)] = rows[laneOf(e)] || []);
    let level = lane.findIndex((last) => px - last >= 22);
    if (level < 0) { level = lane.length; lane.push(px); } else lane[level] = px;
    placed.push({ e, px, level });
  }
  const stacks = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length]));
  const used = LANES.filter((l) => l !== "other" || dated.some((e) => laneOf(e) === "other"));
  const maxLevel = Math.max(1, ...Object.values(stacks));
  const laneH = Math.max(56, Math.min(200, 22 * maxLevel + 12));
  const height = MARGIN.top + used.length * laneH + MARGIN.bottom;
  root.setAttribute("height", height);
  root.style.height = height + "px";
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const axis = svg("g", { class: "axis" });
  for (const [t, label] of ticks(state.t0, state.t1, plotW)) {
    const px = x(t);
    axis.append(svg("line", { x1: px, x2: px, y1: MARGIN.top - 4, y2: height - MARGIN.bottom, class: "grid" }));
    const txt = svg("text", { x: px + 3, y: MARGIN.top - 10 });
    txt.textContent = label;
    axis.append(txt);
  }
  root.append(axis);
  used.forEach((lane, i) => {
    const y0 = MARGIN.top + i * laneH;
    root.append(svg("line", { x1: 0, x2: width, y1: y0, y2: y0, class: "lane-sep" }));
    const bg = svg("rect", { x: 0, y: y0, width: MARGIN.left - 8, height: laneH, fill: quadOf(lane).color, opacity: 0.07 });
    root.append(bg);
    const lbl = svg("text", { x: 10, y: y0 + laneH / 2 + 4, class: "lane-label" });
    lbl.textContent = quadOf(lane).label;
    root.append(lbl);
  });
  const clip = svg("clipPath", { id: "plot-clip" });
  clip.append(svg("rect", { x: MARGIN.left - 14, y: 0, width: plotW + 28, height }));
  root.append(clip);
  const marks = svg("g", { "clip-path": "url(#plot-clip)" });
  for (const { e, px, level } of placed) {
    if (px < MARGIN.left - 30 || px > width + 30) continue; // outside the zoomed window
    const lane = used.indexOf(laneOf(e));
    const y = MARGIN.top + lane * laneH + 18 + ((level * 22) % (laneH - 24));
    const color = quadOf(e.quad).color;
    const g = svg("g", { class: "mark cluster-mark", transform: `translate(${px},${y})`, "data-cluster": e.cluster });
    if (e.date.earliest && e.date.latest && e.date.earliest !== e.date.latest) {
      const a = x(dayMs(e.date.earliest)) - px, b = x(dayMs(e.date.latest)) - px;
      g.append(svg("line", { x1: a, x2: b, y1: 0, y2: 0, stroke: color, class: "uncertainty" }));
    }
    const r = Math.min(12, 5 + 2 * Math.sqrt(Math.max(0, (e.mentions || 1) - 1)));
    g.append(shape(STATUS_SHAPES[e.status] || "circle", r, color));
    const title = svg("title");
    title.textContent = `${fmtDate(e.date)} · ${e.type} · ${actorName(e.source)} → ${actorName(e.target)} · ${e.status}` +
      ` · ${e.source_count} source(s)\n${e.summary}`;
    g.append(title);
    if (state.selected === e.cluster) g.classList.add("selected");
    g.addEventListener("click", (ev) => { ev.stopPropagation(); select(e.cluster); });
    marks.append(g);
  }
  root.append(marks);
  if (!state.entries.length) {
    const msg = svg("text", { x: MARGIN.left + plotW / 2, y: MARGIN.top + 40, "text-anchor": "middle", class: "empty-msg" });
    msg.textContent = "No event clusters match these filters (or the store holds no events yet).";
    root.append(msg);
  }
}

function drawUndated() {
  const box = document.getElementById("undated");
  box.replaceChildren();
  const undated = state.entries.filter((e) => !(e.date && (e.date.best || e.date.earliest || e.date.latest)));
  if (!undated.length) return;
  box.append(el("span", { class: "lbl", text: `Undated (${undated.length}):` }));
  for (const e of undated) {
    const dot = el("span", { class: "dot" });
    dot.style.background = quadOf(e.quad).color;
    const chip = el("span", { class: "chip cluster-chip", "data-cluster": e.cluster, title: e.summary }, dot,
      el("span", { text: `${e.type} · ${actorName(e.source)} → ${actorName(e.target)}` }));
    chip.addEventListener("click", () => select(e.cluster));
    box.append(chip);
  }
}

function drawTable() {
  const body = document.querySelector("#entries tbody");
  body.replaceChildren();
  for (const e of state.entries.slice(0, 2000)) {
    const tag = el("span", { class: "type-tag", text: e.type });
    tag.style.background = quadOf(e.quad).color;
    const row = el("tr", { "data-row": e.cluster },
      el("td", { text: e.date ? (e.date.best || e.date.earliest || e.date.latest || "undated") : "undated", title: fmtDate(e.date) }),
      el("td", {}, tag),
      el("td", { text: `${actorName(e.source)} → ${actorName(e.target)}` }), el("td", { text: e.status }),
      el("td", { text: String(e.source_count), title: e.sources.join(", ") }), el("td", { class: "summary", text: e.summary }));
    if (state.selected === e.cluster) row.classList.add("selected");
    row.addEventListener("click", () => select(e.cluster));
    body.append(row);
  }
}

function zoom(factor, centrePx) {
  const root = document.getElementById("timeline");
  const plotW = (root.clientWidth || 800) - MARGIN.left - MARGIN.right;
  const frac = centrePx == null ? 0.5 : Math.min(1, Math.max(0, (centrePx - MARGIN.left) / plotW));
  const span = state.t1 - state.t0;
  const centre = state.t0 + frac * span;
  const next = Math.min(Math.max(span * factor, 2 * DAY), 400 * 365 * DAY);
  state.t0 = centre - frac * next;
  state.t1 = state.t0 + next;
  drawTimeline();
}

function initZoom() {
  const root = document.getElementById("timeline");
  root.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const rect = root.getBoundingClientRect();
    zoom(ev.deltaY > 0 ? 1.25 : 0.8, ev.clientX - rect.left);
  }, { passive: false });
  let drag = null;
  root.addEventListener("mousedown", (ev) => { drag = { x: ev.clientX, t0: state.t0, t1: state.t1 }; root.classList.add("dragging"); });
  window.addEventListener("mouseup", () => { drag = null; root.classList.remove("dragging"); });
  window.addEventListener("mousemove", (ev) => {
    if (!drag) return;
    // a click is not a drag: redrawing under the pointer would swallow the click on a mark
    if (!drag.moved && Math.abs(ev.clientX - drag.x) < 4) return;
    drag.moved = true;
    const plotW = (root.clientWidth || 800) - MARGIN.left - MARGIN.right;
    const dt = ((ev.clientX - drag.x) / plotW) * (drag.t1 - drag.t0);
    state.t0 = drag.t0 - dt;
    state.t1 = drag.t1 - dt;
    drawTimeline();
  });
  document.getElementById("zoom-in").addEventListener("click", () => zoom(0.6));
  document.getElementById("zoom-out").addEventListener("click", () => zoom(1.6));
  document.getElementById("zoom-fit").addEventListener("click", () => { [state.t0, state.t1] = state.full; drawTimeline(); });
  window.addEventListener("resize", () => drawTimeline());
}

// ------------------------------------------------------------------------------------------- side panel
function highlighted(text, spans) {
  // split the sentence at every span boundary; each piece takes the label of the innermost span covering it
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const p = el("p", { class: "sentence" });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = spans.filter((s) => s.start <= a && b <= s.end).sort((x, y) => (x.end - x.start) - (y.end - y.start));
    if (covering.length) {
      const m = el("mark", { class: "hl hl-" + covering[0].label, title: covering.map((s) => s.label).join(", "), text: piece });
      m.dataset.label = covering[0].label;
      p.append(m);
    } else {
      p.append(document.createTextNode(piece));
    }
  }
  return p;
}

async function select(clusterId) {
  state.selected = clusterId;
  for (const n of document.querySelectorAll(".selected")) n.classList.remove("selected");
  for (const n of document.querySelectorAll(`[data-cluster="${CSS.escape(clusterId)}"], [data-row="${CSS.escape(clusterId)}"]`)) {
    n.classList.add("selected");
  }
  const panel = document.getElementById("panel");
  panel.replaceChildren(el("p", { class: "empty", text: "loading…" }));
  let c;
  try {
    c = await api("/api/clusters/" + encodeURIComponent(clusterId));
  } catch (err) {
    panel.replaceChildren(el("p", { class: "error", text: "Could not load the event: " + err.message }));
    return;
  }
  const tag = el("span", { class: "type-tag", text: c.type });
  tag.style.background = quadOf(c.quad).color;
  const facts = el("dl", { class: "facts" });
  const fact = (k, v) => { facts.append(el("dt", { text: k }), el("dd", { text: v })); };
  fact("When", fmtDate(c.date) + (c.date && c.date.granularity && c.date.granularity !== "day" ? ` (${c.date.granularity})` : ""));
  fact("Source", c.source ? `${c.source.name}${c.source.country ? " · " + c.source.country : ""}` : "—");
  fact("Target", c.target ? `${c.target.name}${c.target.country ? " · " + c.target.country : ""}` : "—");
  fact("Status", c.status);
  fact("Quad class", quadOf(c.quad).label);
  fact("Reports", `${c.mentions} mention(s) in ${c.source_count} source(s)`);
  fact("Sources", c.sources.join(", "));
  const legend = el("div", { class: "hl-legend" });
  for (const h of HIGHLIGHTS) legend.append(el("mark", { class: "hl-" + h, text: h }));
  const sources = el("section", { id: "sources" });
  for (const m of c.members) {
    const d = m.source_document || {};
    const open = el("a", { href: "#", class: "doc-link", text: d.title || d.source || m.document, title: "Read the whole report" });
    open.addEventListener("click", (ev) => { ev.preventDefault(); showDocument(m.document, clusterId); });
    const docLine = el("div", { class: "doc" }, open,
      el("span", { text: [d.outlet, d.published ? fmtDate(d.published) : null].filter(Boolean).map((x) => " · " + x).join("") }));
    const trig = m.trigger ? ` · trigger “${m.trigger}”` : "";
    sources.append(el("div", { class: "source", "data-event": m.id }, docLine,
      highlighted(m.sentence ? m.sentence.text : m.provenance.text, m.spans || []),
      el("div", { class: "meta", text: `${m.type} · ${m.status} · ${fmtDate(m.date)}${trig}` })));
  }
  panel.replaceChildren(
    el("div", {}, tag), el("h3", { text: `${actorName(c.source)} → ${actorName(c.target)}` }),
    el("div", { class: "meta", text: `cluster ${c.cluster}` }),
    c.summary ? el("p", { class: "summary", text: c.summary }) : null, facts,
    el("h2", { text: `Sources (${c.members.length})` }), legend, sources);
}

async function showDocument(docId, backTo) {
  const panel = document.getElementById("panel");
  let d;
  try {
    d = await api("/api/documents/" + encodeURIComponent(docId));
  } catch (err) {
    panel.replaceChildren(el("p", { class: "error", text: "Could not load the report: " + err.message }));
    return;
  }
  const back = el("button", { type: "button", class: "back", text: "← back to the event" });
  back.addEventListener("click", () => select(backTo));
  // actors, time expressions and event triggers over the whole text (offsets into Document.text)
  const spans = [
    ...d.mentions.map((m) => ({ start: m.start, end: m.end, label: "actor" })),
    ...d.timexes.map((t) => ({ start: t.start, end: t.end, label: "time" })),
    ...d.events.flatMap((e) => e.spans.filter((s) => s.label === "trigger")),
  ];
  const body = d.body_spans.length ? d.body_spans : [{ start: 0, end: d.text.length }];
  const text = el("div", { class: "doc-text" });
  for (const b of body) {
    const inside = spans.filter((s) => s.start >= b.start && s.end <= b.end)
      .map((s) => ({ ...s, start: s.start - b.start, end: s.end - b.start }));
    text.append(highlighted(d.text.slice(b.start, b.end), inside));
  }
  const pub = d.published ? fmtDate(d.published) : "undated";
  const legend = el("div", { class: "hl-legend" });
  for (const h of ["trigger", "actor", "time"]) legend.append(el("mark", { class: "hl-" + h, text: h }));
  panel.replaceChildren(back, el("h3", { text: d.title || d.source }),
    el("div", { class: "meta", text: [d.outlet, d.dateline, pub, `${d.events.length} event(s)`].filter(Boolean).join(" · ") }),
    legend, text);
}

// ------------------------------------------------------------------------------------------- graph
async function loadGraph() {
  const params = filterParams();
  params.set("max_edges", "200");
  const g = await api("/api/graph", params);
  drawGraph(g);
}

function drawGraph(g) {
  const root = document.getElementById("graph");
  root.replaceChildren();
  const W = root.clientWidth || 800, H = root.clientHeight || 600;
  root.setAttribute("viewBox", `0 0 ${W} ${H}`);
  document.getElementById("graph-count").textContent = `${g.nodes.length} actors · ${g.edges.length} links`;
  const nodes = g.nodes.map((n, i) => ({ ...n, x: W / 2 + (W / 3) * Math.cos((2 * Math.PI * i) / g.nodes.length),
    y: H / 2 + (H / 3) * Math.sin((2 * Math.PI * i) / g.nodes.length), vx: 0, vy: 0 }));
  const byId = Object.fromEntries(nodes.map((n) => [n.id, n]));
  const edges = g.edges.filter((e) => byId[e.source] && byId[e.target]);
  // a small force layout: repulsion between all nodes, springs along edges, a weak pull to the centre
  const rest = Math.max(35, Math.min(220, Math.min(W, H) / (1 + Math.sqrt(nodes.length) / 1.5)));
  for (let it = 0; it < 300; it++) {
    const k = 1 - it / 300;
    for (const a of nodes) {
      for (const b of nodes) {
        if (a === b) continue;
        const dx = a.x - b.x, dy = a.y - b.y, d2 = Math.max(dx * dx + dy * dy, 25);
        const f = (rest * rest) / d2;
        a.vx += (dx / Math.sqrt(d2)) * f; a.vy += (dy / Math.sqrt(d2)) * f;
      }
    }
    for (const e of edges) {
      const a = byId[e.source], b = byId[e.target];
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(Math.hypot(dx, dy), 1);
      const f = (d - rest) * 0.05;
      a.vx += (dx / d) * f; a.vy += (dy / d) * f; b.vx -= (dx / d) * f; b.vy -= (dy / d) * f;
    }
    for (const n of nodes) {
      n.vx += (W / 2 - n.x) * 0.003; n.vy += (H / 2 - n.y) * 0.003;
      n.x += Math.max(-20, Math.min(20, n.vx * k)); n.y += Math.max(-20, Math.min(20, n.vy * k));
      n.x = Math.max(60, Math.min(W - 120, n.x)); n.y = Math.max(30, Math.min(H - 30, n.y));
      n.vx *= 0.5; n.vy *= 0.5;
    }
  }
  const defs = svg("defs");
  for (const [q, v] of [...Object.entries(QUADS), ["other", OTHER]]) {
    const m = svg("marker", { id: "arrow-" + q, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9,
      markerUnits: "userSpaceOnUse", orient: "auto" });
    m.append(svg("path", { d: "M0,0L10,5L0,10Z", fill: v.color }));
    defs.append(m);
  }
  root.append(defs);
  const maxW = Math.max(1, ...edges.map((e) => e.weight));
  const maxN = Math.max(1, ...nodes.map((n) => n.events));
  const big = nodes.length > 40;
  const radius = (n) => (big ? 3 + 7 : 6 + 14) * Math.sqrt(n.events / maxN) + (big ? 3 : 0);
  // on a crowded graph only the most active actors are labelled (all keep a tooltip)
  const labelled = new Set([...nodes].sort((a, b) => b.events - a.events).slice(0, big ? 25 : nodes.length).map((n) => n.id));
  for (const e of edges) {
    const a = byId[e.source], b = byId[e.target];
    const dominant = Object.entries(e.quad).sort((p, q) => q[1] - p[1])[0];
    const q = dominant && dominant[1] > 0 ? dominant[0] : "other";
    // a gentle curve, so that A→B and B→A stay apart
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(Math.hypot(dx, dy), 1);
    const cx = (a.x + b.x) / 2 - (dy / d) * d * 0.15, cy = (a.y + b.y) / 2 + (dx / d) * d * 0.15;
    const ex = b.x - cx, ey = b.y - cy, ed = Math.max(Math.hypot(ex, ey), 1), rb = radius(b) + 2;
    const line = svg("path", { d: `M${a.x},${a.y}Q${cx},${cy} ${b.x - (ex / ed) * rb},${b.y - (ey / ed) * rb}`,
      class: "edge", fill: "none", stroke: quadOf(q).color, "stroke-width": 1.5 + 4 * (e.weight / maxW),
      "marker-end": `url(#arrow-${q})` });
    const t = svg("title");
    t.textContent = `${a.name} → ${b.name}: ${e.weight} event(s), ${e.mentions} mention(s)\n` +
      Object.entries(e.quad).filter((p) => p[1]).map(([k, v]) => `${QUADS[k].label}: ${v}`).join("\n");
    line.append(t);
    root.append(line);
  }
  for (const n of nodes) {
    const gNode = svg("g", { class: "node", transform: `translate(${n.x},${n.y})`, "data-actor": n.id });
    gNode.append(svg("circle", { r: radius(n), fill: "#4a6fd8" }));
    const t = svg("title");
    t.textContent = `${n.name} (${n.id}): ${n.events} event(s)`;
    gNode.append(t);
    if (labelled.has(n.id)) {
      const label = svg("text", { x: radius(n) + 4, y: 4 });
      label.textContent = n.name;
      gNode.append(label);
    }
    gNode.addEventListener("click", () => {
      document.getElementById("f-actor").value = n.id;
      showView("timeline");
      loadTimeline();
    });
    root.append(gNode);
  }
}

function showView(name) {
  for (const v of ["timeline", "graph"]) {
    document.getElementById("view-" + v).classList.toggle("hidden", v !== name);
    const tab = document.getElementById("tab-" + v);
    tab.classList.toggle("active", v === name);
    tab.setAttribute("aria-selected", String(v === name));
  }
  if (name === "graph") loadGraph().catch((err) => setStatus(err.message, true));
  else drawTimeline();
}

// ------------------------------------------------------------------------------------------- start
async function main() {
  initZoom();
  document.getElementById("filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    loadTimeline().catch((err) => setStatus(err.message, true));
  });
  document.getElementById("clear").addEventListener("click", () => {
    document.getElementById("filters").reset();
    loadTimeline().catch((err) => setStatus(err.message, true));
  });
  document.getElementById("tab-timeline").addEventListener("click", () => showView("timeline"));
  document.getElementById("tab-graph").addEventListener("click", () => showView("graph"));
  try {
    await initFilters();
    await loadTimeline();
    document.body.dataset.ready = "1";
  } catch (err) {
    setStatus("error: " + err.message, true);
  }
}
document.addEventListener("DOMContentLoaded", main);
