// khaldun web interface: every view is a function of the URL (#/view/id?filters), so any view
// can be bookmarked or shared. All data comes from the JSON API; nothing is fetched from outside.
const API = "/api/v1";
const FILTERS = ["type", "cameo", "actor", "country", "since", "until", "certainty", "q", "bbox"];
const TYPE_COLORS = {
  ASSAULT: "#c0392b", COERCE: "#d35400", MOBILIZE: "#e67e22", THREATEN: "#f39c12", SANCTION: "#b7950b",
  ACCUSE: "#8e44ad", PROTEST: "#9b59b6", REJECT: "#6c3483", REQUEST: "#2471a3", CONSULT: "#2e86c1",
  AGREE: "#17a589", COOPERATE: "#138d75", SUPPORT: "#229954", AID: "#28b463", CONCEDE: "#7f8c8d", RETREAT: "#95a5a6",
};
const view = document.getElementById("view");
const form = document.getElementById("filters");
let facets = null;
let renderToken = 0;

// -- URL state ----------------------------------------------------------------------------------
function route() {
  const [path, query] = location.hash.replace(/^#/, "").split("?");
  const parts = (path || "/events").split("/").filter(Boolean).map(decodeURIComponent);
  return { name: parts[0] || "events", id: parts[1], params: new URLSearchParams(query || "") };
}
function href(name, id, params) {
  const qs = params ? new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null)).toString() : "";
  return "#/" + name + (id ? "/" + encodeURIComponent(id) : "") + (qs ? "?" + qs : "");
}
function go(name, id, params) { location.hash = href(name, id, params); }
function filterParams(params) {
  const out = {};
  for (const k of FILTERS) if (params.get(k)) out[k] = params.get(k);
  return out;
}
function setParams(changes) {
  const r = route();
  const params = Object.fromEntries(r.params);
  Object.assign(params, changes);
  if (!("offset" in changes)) delete params.offset;  // a new filter starts at the first page
  go(r.name, r.id, params);
}

// -- helpers ---------------------------------------------------------------------------------------
async function api(path, params) {
  const qs = params ? "?" + new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null)) : "";
  const res = await fetch(API + path + qs);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ? `${body.error.message} (${body.error.code})` : res.statusText);
  return body;
}
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c != null) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}
const panel = (title, ...children) => el("section", { class: "panel" }, title ? el("h2", {}, title) : null, ...children);
const actorLink = (id, name) => (id ? el("a", { href: href("actor", id) }, name || id) : name || "—");
const when = (start, end, precision) => {
  if (!start) return "undated";
  if (precision === "day" && end && end !== start) return `${start} – ${end}`;
  if (precision === "year") return start.slice(0, 4);
  if (precision === "decade") return start.slice(0, 3) + "0s";
  if (precision === "month") return start.slice(0, 7);
  return start === end || !end ? start : `${start} – ${end}`;
};
function showError(err) { view.replaceChildren(el("div", { class: "error", role: "alert" }, String(err.message || err))); }
function sentenceWithTrigger(sentence, trigger) {
  if (!sentence) return "";
  const at = trigger ? sentence.indexOf(trigger) : -1;
  if (at < 0) return sentence;
  return [sentence.slice(0, at), el("mark", {}, trigger), sentence.slice(at + trigger.length)];
}

// -- filter bar ----------------------------------------------------------------------------------
function syncForm(params) {
  for (const k of FILTERS) if (form.elements[k]) form.elements[k].value = params.get(k) || "";
  const chip = document.getElementById("bbox-chip");
  chip.hidden = !params.get("bbox");
  chip.querySelector("code").textContent = params.get("bbox") || "";
}
form.addEventListener("submit", (e) => {
  e.preventDefault();
  const changes = {};
  for (const k of FILTERS) if (form.elements[k]) changes[k] = form.elements[k].value.trim();
  setParams(changes);
});
document.getElementById("filters-clear").addEventListener("click", () => {
  const r = route();
  go(r.name, r.id, {});
});
document.getElementById("bbox-clear").addEventListener("click", () => setParams({ bbox: "" }));

async function loadFacets() {
  facets = await api("/facets");
  const type = form.elements.type, country = form.elements.country, certainty = form.elements.certainty;
  for (const t of facets.types) type.append(el("option", { value: t.type }, `${t.type} (${t.events})`));
  for (const c of facets.countries) country.append(el("option", { value: c }, c));
  for (const c of facets.certainty) certainty.append(el("option", { value: c }, c));
  document.getElementById("status").textContent =
    `${facets.events.toLocaleString()} events · ${facets.documents.toLocaleString()} documents`;
}

// -- events: timeline, map, table ---------------------------------------------------------------
async function eventsView(r, token) {
  const filters = filterParams(r.params);
  const sort = r.params.get("sort") || "date", order = r.params.get("order") || "asc";
  const offset = +r.params.get("offset") || 0, limit = 50;
  const [tl, clusters, page] = await Promise.all([
    api("/aggregates/timeline", filters),
    api("/map", filters),
    api("/events", { ...filters, sort, order, offset, limit }),
  ]);
  if (token !== renderToken) return;
  const exportLink = (fmt) => el("a", { href: API + "/export?" + new URLSearchParams({ ...filters, format: fmt }), download: true }, fmt.toUpperCase());
  view.replaceChildren(
    el("div", { class: "row" },
      panel("Events over time", el("div", { id: "timeline" }), el("div", { class: "legend", id: "timeline-note" })),
      panel("Where", el("div", { class: "map-wrap", id: "map" }), el("div", { class: "legend", id: "map-legend" }))),
    panel(`Events (${page.total.toLocaleString()})`,
      el("div", { class: "muted" }, "export this view: ", exportLink("jsonl"), " · ", exportLink("csv")),
      eventTable(page, sort, order)),
  );
  drawTimeline(document.getElementById("timeline"), tl, filters);
  await drawMap(document.getElementById("map"), clusters, filters);
}

function eventTable(page, sort, order) {
  const columns = [["date", "Date"], ["type", "Type"], ["cameo", "CAMEO"], ["source", "Source"], ["target", "Target"],
    ["location", "Place"], ["certainty", "Certainty"], ["sources", "Sources"], [null, "Evidence"]];
  const head = el("tr", {}, columns.map(([key, label]) => el("th", {
    class: key === sort ? "sorted" + (order === "desc" ? " desc" : "") : null,
    "data-sort": key,
    onclick: key ? () => setParams({ sort: key, order: key === sort && order === "asc" ? "desc" : "asc" }) : null,
  }, label)));
  const rows = page.items.map((e) => el("tr", { "data-event": e.id },
    el("td", { title: e.date_text || (e.date_start ? "" : "no date of its own") }, e.date_start || e.date_end ? when(e.date_start, e.date_end, e.date_precision) : (e.reported ? `reported ${e.reported}` : "undated")),
    el("td", {}, el("span", { class: "badge", style: `border-left: 3px solid ${TYPE_COLORS[e.type] || "#999"}` }, e.type)),
    el("td", {}, e.cameo),
    el("td", {}, actorLink(e.source_id, e.source_name)),
    el("td", {}, actorLink(e.target_id, e.target_name)),
    el("td", {}, e.location_name ? `${e.location_name}${e.location_country ? ", " + e.location_country : ""}` : "—"),
    el("td", {}, el("span", { class: "badge " + e.certainty }, e.certainty)),
    el("td", {}, e.sources),
    el("td", { class: "sentence" }, el("a", { href: href("doc", e.document_id, { event: e.id }), class: "evidence" },
      sentenceWithTrigger(e.sentence, e.trigger))),
  ));
  const pager = el("div", { class: "pager" },
    el("button", { disabled: page.offset === 0, onclick: () => setParams({ offset: Math.max(0, page.offset - page.limit) }) }, "← previous"),
    el("span", { class: "muted" }, page.total ? `${page.offset + 1}–${page.offset + page.items.length} of ${page.total.toLocaleString()}` : "no events match"),
    el("button", { disabled: page.offset + page.limit >= page.total, onclick: () => setParams({ offset: page.offset + page.limit }) }, "next →"));
  return el("div", {}, el("table", { id: "events-table" }, el("thead", {}, head), el("tbody", {}, rows)), pager);
}

function drawTimeline(node, tl, filters) {
  const width = node.clientWidth || 900, height = 240, m = { t: 8, r: 12, b: 22, l: 34 };
  const svg = d3.select(node).append("svg").attr("class", "timeline").attr("width", width).attr("height", height);
  const note = document.getElementById("timeline-note");
  const hidden = [];
  if (tl.coarser) hidden.push(`${tl.coarser} dated less precisely than a ${tl.interval}`);
  if (tl.undated) hidden.push(`${tl.undated} without a date of their own` + ((tl.reported || []).length ? " (grey outlines: placed where they were reported, not when they happened)" : ""));
  note.replaceChildren(...tl.types.map((t) => el("span", {}, el("i", { style: `background:${TYPE_COLORS[t] || "#999"}` }), t)),
    el("span", {}, `by ${tl.interval}; drag across the bars to set the date range.` + (hidden.length ? ` Not shown: ${hidden.join(", ")}.` : "")));
  if (!tl.buckets.length) {
    svg.append("text").attr("x", m.l).attr("y", height / 2).text("No dated events match.");
    return;
  }
  const parse = (s) => new Date(s + "T00:00:00Z");
  const reported = (tl.reported || []).filter((b) => b.start >= tl.buckets[0].start && b.end <= tl.buckets[tl.buckets.length - 1].end);
  const first = parse(tl.buckets[0].start), last = d3.utcDay.offset(parse(tl.buckets[tl.buckets.length - 1].end), 1);
  const x = d3.scaleUtc().domain([first, last]).range([m.l, width - m.r]);
  const stack = d3.stack().keys(tl.types).value((b, k) => b.counts[k] || 0)(tl.buckets);
  const y = d3.scaleLinear().domain([0, d3.max(tl.buckets, (b) => d3.sum(Object.values(b.counts)))]).nice().range([height - m.b, m.t]);
  svg.append("g").selectAll("g").data(stack).join("g").attr("fill", (s) => TYPE_COLORS[s.key] || "#999")
    .attr("data-type", (s) => s.key)
    .selectAll("rect").data((s) => s).join("rect")
    .attr("x", (d) => x(parse(d.data.start)))
    .attr("width", (d) => Math.max(1, x(d3.utcDay.offset(parse(d.data.end), 1)) - x(parse(d.data.start)) - 1))
    .attr("y", (d) => y(d[1])).attr("height", (d) => y(d[0]) - y(d[1]))
    .append("title").text(function (d) { return `${d.data.start}: ${d3.select(this.parentNode.parentNode).attr("data-type")} ${d[1] - d[0]}`; });
  svg.append("g").attr("class", "reported").selectAll("rect").data(reported).join("rect")
    .attr("x", (d) => x(parse(d.start))).attr("width", (d) => Math.max(1, x(d3.utcDay.offset(parse(d.end), 1)) - x(parse(d.start)) - 1))
    .attr("y", (d) => Math.max(m.t, y(d.events))).attr("height", (d) => height - m.b - Math.max(m.t, y(d.events)))
    .attr("fill", "none").attr("stroke", "#888").attr("stroke-dasharray", "3,2")
    .append("title").text((d) => `${d.start}: ${d.events} reported then, without a date of their own`);
  svg.append("g").attr("transform", `translate(0,${height - m.b})`).call(d3.axisBottom(x).ticks(Math.min(10, width / 90)));
  svg.append("g").attr("transform", `translate(${m.l},0)`).call(d3.axisLeft(y).ticks(4));
  const brush = d3.brushX().extent([[m.l, m.t], [width - m.r, height - m.b]]).on("end", ({ selection, sourceEvent }) => {
    if (!selection || !sourceEvent) return;
    const [a, b] = selection.map(x.invert);
    const day = (d) => d.toISOString().slice(0, 10);
    setParams({ since: day(d3.utcDay.floor(a)), until: day(d3.utcDay.offset(d3.utcDay.ceil(b), -1)) });
  });
  const g = svg.append("g").attr("class", "brush").call(brush);
  if (filters.since || filters.until) {
    const a = filters.since ? parse(filters.since) : first, b = filters.until ? d3.utcDay.offset(parse(filters.until), 1) : last;
    g.call(brush.move, [Math.max(m.l, x(a)), Math.min(width - m.r, x(b))]);
  }
}

let world = null;
async function drawMap(node, data, filters) {
  const width = node.clientWidth || 600, height = Math.round(width * 0.55);
  if (!world) {
    try {
      const topo = await (await fetch("/static/vendor/countries-50m.json")).json();
      world = topojson.feature(topo, topo.objects.countries);
    } catch (err) {
      world = { type: "FeatureCollection", features: [] };
      node.append(el("div", { class: "muted" }, "Country outlines are missing: run the set-up command (make demo) to build them."));
    }
  }
  const projection = d3.geoEquirectangular();
  if (filters.bbox) {
    const [w, s, e, n] = filters.bbox.split(",").map(Number);
    projection.fitExtent([[8, 8], [width - 8, height - 8]], { type: "MultiPoint", coordinates: [[w, s], [e, n]] });
  } else {
    projection.fitExtent([[4, 4], [width - 4, height - 4]], { type: "Sphere" });
  }
  const path = d3.geoPath(projection);
  const svg = d3.select(node).append("svg").attr("class", "map").attr("width", width).attr("height", height);
  svg.append("g").selectAll("path").data(world.features).join("path").attr("class", "country").attr("d", path)
    .append("title").text((d) => d.properties.name);
  const brush = d3.brush().extent([[0, 0], [width, height]]).on("end", ({ selection, sourceEvent }) => {
    if (!selection || !sourceEvent) return;
    const [[x0, y0], [x1, y1]] = selection;
    const [w, n] = projection.invert([x0, y0]), [e, s] = projection.invert([x1, y1]);
    const c = (v, lim) => Math.max(-lim, Math.min(lim, v)).toFixed(3);
    setParams({ bbox: [c(w, 180), c(s, 90), c(e, 180), c(n, 90)].join(",") });
  });
  svg.append("g").attr("class", "brush").call(brush);
  const radius = d3.scaleSqrt().domain([1, d3.max(data.clusters, (c) => c.events) || 1]).range([4, 22]);
  // largest first, so the smaller points lie on top and each stays clickable
  svg.append("g").selectAll("circle").data(data.clusters).join("circle")
    .attr("class", (c) => "cluster " + c.precision)
    .attr("data-events", (c) => c.events).attr("data-event", (c) => c.event_id)
    .attr("cx", (c) => projection([c.lon, c.lat])[0]).attr("cy", (c) => projection([c.lon, c.lat])[1])
    .attr("r", (c) => radius(c.events))
    .on("click", (ev, c) => clusterClicked(node, ev, c, filters))
    .append("title").text((c) => `${c.place || ""}${c.places > 1 ? ` and ${c.places - 1} more places` : ""}: ${c.events} event${c.events > 1 ? "s" : ""} (most precise: ${c.precision})`);
  const legend = document.getElementById("map-legend");
  legend.replaceChildren(
    el("span", {}, el("i", { style: "background:#c0392b" }), "city"),
    el("span", {}, el("i", { style: "background:#d35400" }), "district"),
    el("span", {}, el("i", { style: "background:#e67e22" }), "province"),
    el("span", {}, el("i", { style: "border:2px solid #8e44ad" }), "country only"),
    el("span", {}, `${data.unlocated} events without a place. Drag to select an area; click a point to read.`),
  );
}

async function clusterClicked(node, ev, c, filters) {
  ev.stopPropagation();
  node.querySelector(".map-popup")?.remove();
  if (c.events === 1) return go("doc", c.document_id, { event: c.event_id });
  if (c.places > 1) {
    const [w, s, e, n] = c.extent, pad = Math.max(0.2, (e - w + n - s) * 0.1);
    return setParams({ bbox: [Math.max(-180, w - pad), Math.max(-90, s - pad), Math.min(180, e + pad), Math.min(90, n + pad)].map((v) => v.toFixed(3)).join(",") });
  }
  const d = 1e-4, box = [c.lon - d, c.lat - d, c.lon + d, c.lat + d].map((v) => v.toFixed(5)).join(",");
  const page = await api("/events", { ...filters, bbox: box, limit: 25 });
  const [x, y] = d3.pointer(ev, node);
  const popup = el("div", { class: "map-popup", style: `left:${Math.min(x, node.clientWidth - 260)}px; top:${y}px` },
    el("strong", {}, `${c.place}: ${page.total} events`), " ", el("button", { onclick: () => popup.remove() }, "×"),
    el("ul", {}, page.items.map((e) => el("li", {}, el("a", { href: href("doc", e.document_id, { event: e.id }) },
      `${when(e.date_start, e.date_end)} ${e.type}: `, sentenceWithTrigger(e.sentence, e.trigger))))));
  node.append(popup);
}

// -- the article reader ------------------------------------------------------------------------------
const DATE_RULES = { own: "its own clause", coordinated: "the clause it is coordinated with", governor: "the clause it depends on",
  clause: "the clause it sits in", "temporal-clause": "a when/as clause", occurrence: "the verb that says it happens or is scheduled",
  described: "a relative clause saying what it did", anchor: "a narrative anchor",
  reporting: "a reporting verb: at or just before publication", stance: "a stance taken in words: at or just before publication", present: "present tense: at publication",
  complement: "the clause it is a complement or adjunct of", setting: "the statement made at it",
  continuation: "the day of the sentence before, which it continues", subordinate: "the dated clause it is told inside of",
  mention: "the earlier mention of the same event", occasion: "the dated event ahead it is done at",
  quoted: "the dated statement that quotes it", future: "a future or modal clause: after publication" };
function dateEvidence(e) {
  if (!e.date_start && !e.date_end) return e.reported ? `no date of its own · reported ${e.reported}` : "undated";
  const how = DATE_RULES[e.date_rule] || e.date_rule;
  return `${when(e.date_start, e.date_end, e.date_precision)}` + (e.date_text ? ` from “${e.date_text}”` : "") + (how ? ` (${how})` : "");
}
async function readerView(r, token) {
  const doc = await api("/documents/" + encodeURIComponent(r.id));
  if (token !== renderToken) return;
  const focus = r.params.get("event");
  const spans = [
    ...doc.actors.map((a) => ({ ...a, kind: "actor", label: `actor: ${a.name}${a.country ? " (" + [a.country, a.sector].filter(Boolean).join(" ") + ")" : ""}` })),
    ...doc.places.map((p) => ({ ...p, kind: "place", label: `place: ${p.name}, ${p.country || "?"} (${p.precision})` })),
    ...doc.times.map((t) => ({ ...t, kind: "time", label: `time: ${when(t.date_start, t.date_end)} (${t.precision || "unresolved"})` })),
    ...doc.events.map((e) => ({ ...e, kind: "trigger", label: `event: ${e.type} ${e.cameo || ""}` })),
  ];
  const focused = doc.events.find((e) => e.event_id === focus || e.report_id === focus);
  const article = el("div", { class: "article", id: "article" }, annotate(doc.text, spans, focused));
  const list = el("ol", { class: "event-list" }, doc.events.map((e) => el("li", {
    class: focused && e.report_id === focused.report_id ? "current" : null, "data-event": e.event_id,
    onclick: () => go("doc", doc.id, { event: e.event_id || e.report_id }),
  }, el("strong", {}, e.type), ` ${e.cameo || ""} · “${e.trigger}” · `, e.source || "?", " → ", e.target || "?",
    el("div", { class: "muted" }, [dateEvidence(e), e.location, e.certainty, e.sources > 1 ? `${e.sources} sources` : null].filter(Boolean).join(" · ")))));
  view.replaceChildren(el("div", { class: "reader" },
    panel(null, el("h1", { style: "font-size:20px;margin:0 0 .3rem" }, doc.title || doc.id),
      el("div", { class: "muted" }, [doc.outlet, doc.published, doc.author].filter(Boolean).join(" · "), " ",
        (doc.warnings || []).length ? el("span", { class: "warning", title: doc.warnings.join("\n") }, `⚠ ${doc.warnings.length} metadata warning(s)`) : null, " ",
        doc.url ? el("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, "original") : null),
      el("div", { class: "key muted", style: "margin:.5rem 0" }, el("span", { class: "ann actor" }, "actor"), el("span", { class: "ann place" }, "place"),
        el("span", { class: "ann time" }, "time"), el("span", { class: "ann trigger" }, "event trigger"), el("span", { class: "focus" }, "evidence of the selected event")),
      article),
    panel(`Events in this document (${doc.events.length})`, list,
      focused ? el("p", {}, el("a", { href: href("events", null, { document: doc.id }) }, "these events in the table")) : null)));
  document.querySelector("#article .focus")?.scrollIntoView({ block: "center" });
}

function annotate(text, spans, focused) {
  // Cut the text at every span boundary; each piece carries the kinds of all spans covering it.
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  if (focused) { cuts.add(focused.sentence[0]); cuts.add(focused.sentence[1]); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const over = spans.filter((s) => s.start <= a && s.end >= b);
    const inFocus = focused && focused.sentence[0] <= a && focused.sentence[1] >= b;
    let piece = text.slice(a, b);
    if (over.length) {
      const trig = over.find((s) => s.kind === "trigger");
      piece = el("span", {
        class: "ann " + [...new Set(over.map((s) => s.kind))].join(" "), title: over.map((s) => s.label).join("\n"),
        "data-event": trig ? trig.event_id : null,
        onclick: trig ? () => go("doc", route().id, { event: trig.event_id || trig.report_id }) : null,
      }, piece);
    }
    out.push(inFocus ? el("span", { class: "focus" }, piece) : piece);
  }
  return out;
}

// -- actors -------------------------------------------------------------------------------------------
async function actorsView(r, token) {
  const q = r.params.get("q") || "";
  const actors = await api("/actors", { q, limit: 100 });
  if (token !== renderToken) return;
  const search = el("form", { id: "actor-search", onsubmit: (e) => { e.preventDefault(); go("actors", null, { q: e.target.elements.q.value.trim() }); } },
    el("input", { name: "q", value: q, placeholder: "name, spelling or id", size: 30 }), " ", el("button", {}, "Find"));
  view.replaceChildren(panel("Actors", search, el("table", { id: "actors-table" },
    el("thead", {}, el("tr", {}, ["Name", "Kind", "Country", "Sector", "Spellings", "Mentions"].map((h) => el("th", {}, h)))),
    el("tbody", {}, actors.map((a) => el("tr", {},
      el("td", {}, actorLink(a.id, a.name), a.aliases.length ? el("div", { class: "muted" }, a.aliases.slice(0, 4).join(", ")) : null),
      el("td", {}, a.kind), el("td", {}, a.country || ""), el("td", {}, a.sector || ""), el("td", {}, a.spellings), el("td", {}, a.mentions))))),
    actors.length ? null : el("p", { class: "muted" }, "No actor matches.")));
}

async function actorView(r, token) {
  const a = await api("/actors/" + encodeURIComponent(r.id));
  if (token !== renderToken) return;
  const date = (d) => d.text ? `${d.text}${d.start || d.end ? ` (${when(d.start, d.end)})` : ""}` : when(d.start, d.end);
  view.replaceChildren(
    panel(null, el("h1", { id: "actor-name", style: "font-size:20px;margin:0 0 .4rem" }, a.name),
      el("dl", { class: "facts" }, el("dt", {}, "kind"), el("dd", {}, a.kind || "—"), el("dt", {}, "country"), el("dd", {}, a.country || "—"),
        el("dt", {}, "sector"), el("dd", {}, a.sector || "—"), el("dt", {}, "also written"), el("dd", {}, a.aliases.join(", ") || "—"),
        el("dt", {}, "events"), el("dd", {}, el("a", { href: href("events", null, { actor: a.id }) }, `${a.events} in the table`), " · ",
          el("a", { href: href("network", null, { actor: a.id }) }, "network"))),
      a.also_matching.length ? el("p", { class: "muted" }, "Other actors matching this name: ", a.also_matching.map((m, i) => [i ? ", " : "", actorLink(m.id, `${m.name} (${m.country || "?"})`)])) : null),
    el("div", { class: "row" },
      panel("Roles and affiliations", el("ol", { id: "affiliations" }, a.affiliations.map((f) => el("li", {},
        el("strong", {}, f.relation), " ", f.other_id ? actorLink(f.other_id, f.other) : f.other || f.place || "", " ",
        el("span", { class: "muted" }, [date(f.date), f.status, f.documents > 1 ? `${f.documents} documents` : null].filter(Boolean).join(" · ")),
        el("div", {}, el("a", { href: href("doc", f.document_id) }, "“", f.text, "”")))))),
      panel("Spellings joined", el("ul", {}, a.spellings.map((s) => el("li", {}, `${s.name} `,
        el("span", { class: "muted" }, `${[s.country, s.sector].filter(Boolean).join(" ")} · ${s.reason} (${s.confidence.toFixed(2)})`)))),
        el("h2", {}, "Counterparts"), el("ul", {}, a.counterparts.map((c) => el("li", {}, actorLink(c.id, c.name), ` · ${c.events} events`))))),
    panel(a.events > a.timeline.length ? `Timeline (the first ${a.timeline.length} of ${a.events})` : "Timeline", el("table", { id: "actor-timeline" }, el("tbody", {}, a.timeline.map((t) => el("tr", {},
      el("td", {}, t.date ? when(t.date.start, t.date.end, t.date.precision) : (t.reported ? `reported ${t.reported}` : "undated")), el("td", {}, t.role), el("td", {}, t.type),
      el("td", {}, t.counterpart || "—"), el("td", {}, t.place || "—"),
      el("td", { class: "sentence" }, el("a", { href: href("doc", t.document_id, { event: t.event_id }) }, t.text)))))))
  );
}

// -- network -----------------------------------------------------------------------------------------
async function networkView(r, token) {
  const filters = filterParams(r.params);
  const net = await api("/network", { ...filters, edges: 150 });
  if (token !== renderToken) return;
  const holder = el("div", { id: "network" });
  view.replaceChildren(panel(`Who acts on whom (${net.nodes.length} actors, ${net.edges.length} ties; the strongest first)`, holder,
    el("div", { class: "legend" }, "Arrows point from source to target; width is the number of events. Click an actor for its page.")));
  if (!net.edges.length) { holder.append(el("p", { class: "muted" }, "No pair of actors matches the filters.")); return; }
  const width = holder.clientWidth || 900, height = 560;
  const nodes = net.nodes.map((n) => ({ ...n })), links = net.edges.map((e) => ({ ...e }));
  const svg = d3.select(holder).append("svg").attr("class", "network").attr("width", width).attr("height", height);
  svg.append("defs").append("marker").attr("id", "arrow").attr("viewBox", "0 -4 8 8").attr("refX", 14).attr("markerWidth", 6)
    .attr("markerHeight", 6).attr("orient", "auto").append("path").attr("d", "M0,-4L8,0L0,4").attr("fill", "#9aa6b2");
  const color = d3.scaleOrdinal(d3.schemeTableau10);
  const link = svg.append("g").selectAll("line").data(links).join("line")
    .attr("stroke-width", (d) => Math.min(8, 1 + Math.log2(d.events))).attr("marker-end", "url(#arrow)");
  link.append("title").text((d) => Object.entries(d.types).map(([t, n]) => `${t} ${n}`).join(", "));
  const node = svg.append("g").selectAll("g").data(nodes).join("g").attr("class", "node-g").attr("data-actor", (d) => d.id)
    .on("click", (ev, d) => go("actor", d.id));
  node.append("circle").attr("class", "node").attr("r", (d) => 4 + Math.sqrt(d.degree) * 2).attr("fill", (d) => color(d.country || "?"));
  node.append("text").attr("dx", 8).attr("dy", 4).text((d) => d.name);
  node.append("title").text((d) => `${d.name} (${[d.country, d.sector].filter(Boolean).join(" ") || "no code"})`);
  const sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((d) => d.id).distance(70))
    .force("charge", d3.forceManyBody().strength(-90))
    .force("collide", d3.forceCollide(22))
    .force("center", d3.forceCenter(width / 2, height / 2))
    .force("x", d3.forceX(width / 2).strength(0.06)).force("y", d3.forceY(height / 2).strength(0.12))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();  // lay out once, then draw: no animation to wait for
  const clampX = (v) => Math.max(10, Math.min(width - 10, v)), clampY = (v) => Math.max(10, Math.min(height - 10, v));
  link.attr("x1", (d) => clampX(d.source.x)).attr("y1", (d) => clampY(d.source.y)).attr("x2", (d) => clampX(d.target.x)).attr("y2", (d) => clampY(d.target.y));
  node.attr("transform", (d) => `translate(${clampX(d.x)},${clampY(d.y)})`);
}

// -- documents -----------------------------------------------------------------------------------------
async function documentsView(r, token) {
  const q = r.params.get("q") || "", offset = +r.params.get("offset") || 0;
  const page = await api("/documents", { q, offset, limit: 50 });
  if (token !== renderToken) return;
  const search = el("form", { id: "document-search", onsubmit: (e) => { e.preventDefault(); go("documents", null, { q: e.target.elements.q.value.trim() }); } },
    el("input", { name: "q", value: q, placeholder: "words in the title or text", size: 30 }), " ", el("button", {}, "Find"));
  view.replaceChildren(panel(`Documents (${page.total})`, search, el("table", { id: "documents-table" },
    el("tbody", {}, page.items.map((d) => el("tr", {}, el("td", {}, d.published || ""), el("td", {}, el("a", { href: href("doc", d.id) }, d.title || d.id)),
      el("td", {}, d.outlet || ""), el("td", {}, `${d.events} events`))))),
    el("div", { class: "pager" },
      el("button", { disabled: offset === 0, onclick: () => go("documents", null, { q, offset: Math.max(0, offset - 50) }) }, "← previous"),
      el("button", { disabled: offset + 50 >= page.total, onclick: () => go("documents", null, { q, offset: offset + 50 }) }, "next →"))));
}

// -- router --------------------------------------------------------------------------------------------
const VIEWS = { events: eventsView, doc: readerView, actors: actorsView, actor: actorView, network: networkView, documents: documentsView };
const WITH_FILTERS = new Set(["events", "network"]);

async function render() {
  const r = route();
  const token = ++renderToken;
  for (const a of document.querySelectorAll("header nav a")) a.classList.toggle("active", a.dataset.view === r.name || (a.dataset.view === "actors" && r.name === "actor"));
  form.hidden = !WITH_FILTERS.has(r.name);
  document.body.dataset.view = r.name;
  document.body.removeAttribute("data-ready");
  try {
    if (!facets) await loadFacets();
    syncForm(r.params);
    await (VIEWS[r.name] || eventsView)(r, token);
  } catch (err) {
    if (token === renderToken) showError(err);
  }
  if (token === renderToken) document.body.dataset.ready = String(token);  // tests wait for this
}
window.addEventListener("hashchange", render);
render();
