// dossier's web UI. No framework, no build step.
//
// Safety rule: every piece of data (article text, names, titles) enters the page through
// textContent or a text node, never through innerHTML or a markup string; the server's
// Content-Security-Policy forbids inline script as a second wall.
"use strict";

(function () {
  const view = document.getElementById("view");
  const form = document.getElementById("filters");
  const SVG = "http://www.w3.org/2000/svg";

  // ---- small DOM helpers: text only ----

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = String(value);
      else if (key === "href") node.setAttribute("href", safeHref(value));
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, String(value));
    }
    for (const child of children) append(node, child);
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) child.forEach((c) => append(node, c));
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }

  // Links are built by this script only; anything else becomes inert.
  function safeHref(href) {
    const s = String(href);
    return s.startsWith("#") || s.startsWith("/") ? s : "#";
  }

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "text") node.textContent = String(value);
      else node.setAttribute(key, String(value));
    }
    return node;
  }

  function show(...nodes) {
    view.replaceChildren(...nodes.filter(Boolean));
  }

  function errorBox(message) {
    return el("p", { class: "error", role: "alert", text: message });
  }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const message = body && body.error ? body.error.message : response.statusText;
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  // ---- routing: #/path?query ----

  function parseHash() {
    const hash = location.hash.replace(/^#/, "") || "/";
    const [path, query] = hash.split("?");
    return { path, params: new URLSearchParams(query || "") };
  }

  function filterParams() {
    const params = new URLSearchParams();
    for (const name of ["q", "since", "until"]) {
      const value = document.getElementById(name).value.trim();
      if (value) params.set(name, value);
    }
    return params;
  }

  function syncFilters(params) {
    for (const name of ["q", "since", "until"]) {
      document.getElementById(name).value = params.get(name) || "";
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const { path } = parseHash();
    const base = path === "/docs" || path === "/claims" ? path : "/";
    const query = filterParams().toString();
    location.hash = "#" + base + (query ? "?" + query : "");
  });

  async function route() {
    const { path, params } = parseHash();
    syncFilters(params);
    for (const id of ["nav-brief", "nav-docs", "nav-claims"]) {
      document.getElementById(id).classList.remove("current");
    }
    try {
      if (path === "/" || path === "/brief") {
        document.getElementById("nav-brief").classList.add("current");
        await briefView(params);
      } else if (path === "/docs") {
        document.getElementById("nav-docs").classList.add("current");
        await docsView(params);
      } else if (path === "/claims") {
        document.getElementById("nav-claims").classList.add("current");
        await claimsView(params);
      } else if (path.startsWith("/doc/")) {
        await documentView(decodeURIComponent(path.slice(5)), params);
      } else {
        show(errorBox("No such page."));
      }
    } catch (error) {
      show(errorBox("Could not load: " + error.message));
    }
    view.dataset.ready = path;
  }

  window.addEventListener("hashchange", route);

  // ---- the brief ----

  function briefQuery(params) {
    const q = new URLSearchParams();
    for (const name of ["q", "since", "until"]) {
      if (params.get(name)) q.set(name, params.get(name));
    }
    return q.toString();
  }

  function evidenceLink(claim, label) {
    const hash = claimHash(claim.doc, claim.id);
    return el("a", { href: hash, class: "claim-link", text: label });
  }

  // Claim ids are "<doc id>#<attribution id>".
  function claimHash(doc, claimId) {
    const attribution = String(claimId || "").split("#").pop();
    return "#/doc/" + encodeURIComponent(doc) + "?claim=" + encodeURIComponent(attribution);
  }

  function formatFigure(f) {
    let value = Number(f.value).toLocaleString("en");
    if (f.high !== null && f.high !== undefined) value += "–" + Number(f.high).toLocaleString("en");
    // The text's own bound ("more than", "up to") where the brief gives one.
    const qualifier = f.qualifier || (f.approx ? "about" : "");
    return (qualifier ? qualifier + " " : "") + value;
  }

  async function briefView(params) {
    show(el("p", { class: "muted", text: "Loading the brief…" }));
    const brief = await getJSON("/api/brief?" + briefQuery(params));
    const clusters = brief.clusters || [];
    const heading = el("h2", { text: "Brief" });
    const summary = el("p", {
      class: "muted",
      text: clusters.length + " clusters of claims" +
        (params.get("q") ? " about “" + params.get("q") + "”" : "") +
        (params.get("since") ? " from " + params.get("since") : "") +
        (params.get("until") ? " to " + params.get("until") : ""),
    });
    const list = el("div", { class: "clusters" }, clusters.map(clusterCard));
    const timeline = timelineSection(brief.timeline || [], clusters);
    show(heading, summary, clusters.length ? list : el("p", { text: "Nothing matches." }), timeline);
  }

  function clusterCard(cluster, index) {
    const claims = cluster.claims || [];
    const grade = cluster.grade || {};
    const disagreeing = new Set();
    for (const d of cluster.disagreements || []) (d.between || []).forEach((i) => disagreeing.add(i));
    const card = el("section", { class: "cluster", id: "cluster-" + index, "data-cluster": cluster.id });
    card.append(
      el("div", { class: "cluster-head" },
        el("span", { class: "grade grade-" + (grade.credibility || 6), title: (grade.reasons || []).join("; "),
          text: (grade.credibility || "?") + " · " + (grade.label || "cannot be judged") }),
        el("h3", { text: cluster.statement || "(no statement)" })),
      grade.words ? el("p", { class: "confidence", text: "Confidence: " + grade.words +
        (grade.confidence !== null && grade.confidence !== undefined ? " (" + grade.confidence + "/100)" : "") }) : null,
      (grade.reasons || []).length ? el("ul", { class: "reasons" }, grade.reasons.map((r) => el("li", { text: r }))) : null,
      el("h4", { text: "Who says it" }),
      el("ul", { class: "sources" }, claims.map((c, i) => el("li", { class: "status-" + (c.status || "") + (disagreeing.has(i) ? " disagrees" : "") },
        el("strong", { text: c.actor || c.source }),
        (c.relayed_by || []).length ? el("span", { class: "muted", text: " via " + c.relayed_by.join(", ") }) : null,
        " ", el("span", { class: "certainty", text: c.stance || c.certainty }),
        c.status === "superseded" || c.status === "outdated"
          ? el("span", { class: "muted", text: " [" + c.status + (c.superseded_by ? " " + c.superseded_by : "") + "]" }) : null,
        c.outlet ? el("span", { class: "muted", text: " — " + c.outlet }) : null,
        c.when || c.published ? el("span", { class: "muted", text: ", " + String(c.when || c.published).slice(0, 10) }) : null,
        " ", evidenceLink(c, "evidence")))),
      numbersTable(cluster, claims),
      linesSection(cluster));
    return card;
  }

  function numbersTable(cluster, claims) {
    const figures = cluster.numbers || [];
    if (!figures.length) return null;
    const disagreements = cluster.disagreements || [];
    const inDisagreement = (figure) => disagreements.some((d) => (d.between || []).some((i) => (figure.claims || []).includes(i)));
    const rows = figures.map((f) => {
      const disagree = inDisagreement(f);
      const firstClaim = claims[(f.claims || [])[0]];
      return el("tr", { class: disagree ? "disagreement" : null },
        el("td", { class: "num", text: formatFigure(f) }),
        // A unit read from the figure's context, not written beside it, is bracketed.
        f.unit_from_context
          ? el("td", { class: "inferred", title: "read from the figure's context, not written beside it", text: "[" + (f.unit || "") + "]" })
          : el("td", { text: f.unit || "" }),
        el("td", { text: readableScope(f.scope || "") }),
        el("td", { text: readableScope(f.time || "") }),
        el("td", { text: (f.sources || []).join(", ") }),
        el("td", {}, disagree ? el("span", { class: "flag", text: "disagrees" }) : null,
          firstClaim ? evidenceLink(firstClaim, "evidence") : null));
    });
    const whys = disagreements.map((d) => {
      const [a, b] = d.between || [];
      const who = (i) => (claims[i] ? claims[i].actor || claims[i].source : "?");
      return el("li", { class: "disagreement-note" }, el("strong", { text: who(a) + " vs " + who(b) + ": " }), d.why || "");
    });
    const estimates = (cluster.estimates || []).map((e) =>
      el("li", { text: "Estimate (" + e.scope_class + ", unit: " + e.unit + "): conservative " +
        Number(e.conservative).toLocaleString("en") +
        ", range " + Number(e.low).toLocaleString("en") + "–" + Number(e.high).toLocaleString("en") +
        ", from " + e.figures + " figures" }));
    return el("div", { class: "numbers" },
      el("h4", { text: "Numbers" }),
      el("table", {},
        el("thead", {}, el("tr", {}, ["Figure", "Unit", "Scope", "Time", "Sources", ""].map((h) => el("th", { text: h })))),
        el("tbody", {}, rows)),
      whys.length ? el("ul", { class: "disagreements" }, whys) : null,
      estimates.length ? el("ul", { class: "estimates" }, estimates) : null);
  }

  function linesSection(cluster) {
    const lines = cluster.independent_sources || [];
    const reliability = new Map(cluster.reliability || []);
    const parts = [];
    if (lines.length) {
      parts.push(el("h4", { text: lines.length + (lines.length === 1 ? " line of evidence" : " independent lines of evidence") }));
      parts.push(el("ol", { class: "lines" }, lines.map((line) => el("li", {},
        line.map((name, i) => [i ? " · " : "", name, reliability.has(name) ? el("span", { class: "reliability", text: " " + reliability.get(name) }) : null])))));
    }
    if ((cluster.non_committal || []).length) {
      parts.push(el("p", { class: "muted", text: "Not committing: " + cluster.non_committal.join(", ") }));
    }
    if ((cluster.relays || []).length) {
      parts.push(el("p", { class: "muted", text: "Passed on by: " + cluster.relays.join(", ") }));
    }
    return parts.length ? el("div", { class: "lines-of-evidence" }, parts) : null;
  }

  function timelineSection(entries, clusters) {
    if (!entries.length) return null;
    const sorted = entries.slice().sort((a, b) => String(a.said || "~").localeCompare(String(b.said || "~")));
    return el("section", { class: "timeline" },
      el("h2", { text: "Timeline" }),
      el("ol", {}, sorted.map((t) => {
        const cluster = clusters[t.cluster];
        const claim = cluster && cluster.claims ? cluster.claims[t.claim] : null;
        return el("li", {},
          el("span", { class: "said", text: t.said ? String(t.said).slice(0, 10) : "undated" }),
          (t.happens || []).length ? el("span", { class: "happens", text: "about " + t.happens.join(", ") }) : null,
          el("strong", { text: t.source }), " ", t.text || "",
          claim ? [" ", evidenceLink(claim, "evidence")] : null);
      })));
  }

  // ---- documents and claims ----

  async function docsView(params) {
    const q = new URLSearchParams(briefQuery(params));
    const docs = await getJSON("/api/documents?" + q.toString());
    show(el("h2", { text: "Documents" }),
      el("p", { class: "muted", text: docs.length + " documents" }),
      el("table", { class: "docs" },
        el("thead", {}, el("tr", {}, ["Published", "Source", "Title"].map((h) => el("th", { text: h })))),
        el("tbody", {}, docs.map((d) => el("tr", {},
          el("td", { text: d.published ? d.published.slice(0, 10) : "–" }),
          el("td", { text: d.source || "–" }),
          el("td", {}, el("a", { href: "#/doc/" + encodeURIComponent(d.id), text: d.title || d.id }),
            d.duplicate_of ? el("span", { class: "muted", text: " (copy)" }) : null))))));
  }

  async function claimsView(params) {
    const q = new URLSearchParams();
    if (params.get("q")) q.set("about", params.get("q"));
    q.set("limit", "500");
    const claims = await getJSON("/api/claims?" + q.toString());
    show(el("h2", { text: "Claims" }),
      el("p", { class: "muted", text: claims.length + " claims" }),
      el("ul", { class: "claims" }, claims.map((c) => el("li", {},
        el("strong", { text: c.source }),
        (c.relayed_by || []).length ? el("span", { class: "muted", text: " via " + c.relayed_by.join(", ") }) : null,
        el("span", { class: "certainty", text: " " + c.kind + ", " + c.certainty + (c.polarity !== "positive" ? ", " + c.polarity : "") }),
        el("blockquote", { text: c.content }),
        el("a", { href: claimHash(c.doc_id, c.id), text: (c.outlet || c.doc_id) + " — evidence" })))));
  }

  // ---- one article with its evidence in place ----

  async function documentView(id, params) {
    const data = await getJSON("/api/documents/" + encodeURIComponent(id));
    await loadActors();
    const stored = data.document;
    const doc = stored.document;
    const attributions = data.attributions || [];
    const selectedId = params.get("claim");
    const selected = attributions.find((a) => a.id === selectedId) || null;
    const marks = evidenceMarks(selected ? [selected] : attributions, data.mentions || [], selected);
    const article = el("article", { class: "article", id: "article-text" });
    renderMarked(article, doc.text, marks);

    const others = el("ul", { class: "doc-claims" }, attributions.map((a) =>
      el("li", { class: a === selected ? "selected" : null },
        el("a", { href: "#/doc/" + encodeURIComponent(doc.id) + "?claim=" + encodeURIComponent(a.id), text: a.source }),
        el("span", { class: "muted", text: " " + a.kind + ", " + (a.factuality ? a.factuality.certainty : "") }))));

    show(
      el("p", {}, el("a", { href: "#/", text: "← Brief" })),
      el("h2", { text: doc.title || doc.id }),
      el("p", { class: "meta", text: [doc.source, doc.published, doc.url].filter(Boolean).join(" · ") }),
      stored.duplicate_of ? el("p", { class: "muted" }, "Copy of ", el("a", { href: "#/doc/" + encodeURIComponent(stored.duplicate_of), text: stored.duplicate_of })) : null,
      legend(),
      el("div", { class: "evidence-layout" },
        article,
        el("aside", {},
          el("h3", { text: "Source graph" }),
          sourceGraph(selected ? relatedAttributions(selected, attributions) : attributions),
          el("h3", { text: "Claims in this report" }),
          others)));
    const first = article.querySelector("mark.content, mark.cue");
    if (first && first.scrollIntoView) first.scrollIntoView({ block: "center" });
  }

  function legend() {
    return el("p", { class: "legend" }, "Marks: ",
      el("mark", { class: "src", text: "source" }), " ",
      el("mark", { class: "cue", text: "cue" }), " ",
      el("mark", { class: "content", text: "content" }), " ",
      el("mark", { class: "num", text: "number" }), " ",
      el("mark", { class: "time", text: "time" }));
  }

  // The selected claim with the claims it relays or that relay it.
  function relatedAttributions(selected, all) {
    const ids = new Set([selected.id, selected.parent].filter(Boolean));
    return all.filter((a) => ids.has(a.id) || ids.has(a.parent));
  }

  // Byte spans to mark: source, cue and content of each attribution, and the numbers and
  // times inside the contents (all numbers and times when no claim is selected).
  function evidenceMarks(attributions, mentions, selected) {
    const marks = [];
    const contents = [];
    for (const a of attributions) {
      if (a.source_span) marks.push({ start: a.source_span.start, end: a.source_span.end, cls: "src" });
      if (a.cue_span) marks.push({ start: a.cue_span.start, end: a.cue_span.end, cls: "cue" });
      const fragments = (a.content_fragments && a.content_fragments.length) ? a.content_fragments : [a.content_span];
      for (const f of fragments) {
        if (f) {
          marks.push({ start: f.start, end: f.end, cls: "content" });
          contents.push(f);
        }
      }
    }
    for (const m of mentions) {
      const cls = m.kind === "quantity" ? "num" : m.kind === "timex" ? "time" : null;
      if (!cls) continue;
      const inside = contents.some((c) => c.start <= m.start && m.end <= c.end);
      if (inside || !selected) marks.push({ start: m.start, end: m.end, cls });
    }
    return marks;
  }

  // Splits the text at every mark boundary (byte offsets into its UTF-8) and appends text
  // nodes, wrapped in <mark> elements carrying every class that covers the piece.
  function renderMarked(container, text, marks) {
    const bytes = new TextEncoder().encode(text);
    const decoder = new TextDecoder();
    const points = new Set([0, bytes.length]);
    for (const m of marks) {
      if (m.start >= 0 && m.end <= bytes.length && m.start < m.end) {
        points.add(m.start);
        points.add(m.end);
      }
    }
    const cuts = Array.from(points).sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [from, to] = [cuts[i], cuts[i + 1]];
      const piece = decoder.decode(bytes.subarray(from, to));
      const classes = Array.from(new Set(marks.filter((m) => m.start <= from && to <= m.end).map((m) => m.cls)));
      if (classes.length) {
        container.appendChild(el("mark", { class: classes.join(" "), text: piece }));
      } else {
        container.appendChild(document.createTextNode(piece));
      }
    }
  }

  // Who relays whom (relay → source) and who speaks for whom (from the cluster actors when
  // the brief gave them), as a small SVG drawn on a circle.
  function sourceGraph(attributions) {
    const nodes = new Map();
    const edges = [];
    const node = (name) => {
      if (!nodes.has(name)) nodes.set(name, nodes.size);
      return nodes.get(name);
    };
    for (const a of attributions) {
      node(a.source);
      let from = a.source;
      // relayed_by lists relays, nearest the source last.
      for (const relay of (a.relayed_by || []).slice().reverse()) {
        node(relay);
        edges.push({ from: relay, to: from, label: "relays" });
        from = relay;
      }
      if (a.audience) {
        node(a.audience);
        edges.push({ from: a.source, to: a.audience, label: "tells" });
      }
    }
    // A source is matched to its actor by any spelling the brief resolved to it.
    const actorOf = new Map();
    for (const actor of knownActors) {
      for (const name of [actor.name, ...(actor.aliases || [])]) actorOf.set(name, actor);
    }
    for (const name of Array.from(nodes.keys())) {
      const actor = actorOf.get(name);
      if (!actor) continue;
      const body = actor.organization || (actor.government ? actor.country : null);
      if (body && body !== name) {
        node(body);
        edges.push({ from: name, to: body, label: "speaks for" });
      }
    }
    if (!nodes.size) return el("p", { class: "muted", text: "No sources in this report." });
    const width = 360;
    const height = Math.max(220, 60 * Math.min(nodes.size, 8));
    const root = svg("svg", { class: "graph", viewBox: "0 0 " + width + " " + height, width, height, role: "img" });
    root.appendChild(svg("title", { text: "Source graph" }));
    const defs = svg("defs");
    const marker = svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" });
    marker.appendChild(svg("path", { d: "M 0 0 L 10 5 L 0 10 z", class: "arrowhead" }));
    defs.appendChild(marker);
    root.appendChild(defs);
    const names = Array.from(nodes.keys());
    const cx = width / 2;
    const cy = height / 2;
    const r = Math.min(width, height) / 2 - 40;
    const position = names.map((_, i) => {
      const angle = names.length === 1 ? 0 : (2 * Math.PI * i) / names.length - Math.PI / 2;
      return names.length === 1 ? [cx, cy] : [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
    });
    for (const e of edges) {
      const [x1, y1] = position[nodes.get(e.from)];
      const [x2, y2] = position[nodes.get(e.to)];
      const len = Math.hypot(x2 - x1, y2 - y1) || 1;
      const shorten = 14;
      const ex = x2 - ((x2 - x1) * shorten) / len;
      const ey = y2 - ((y2 - y1) * shorten) / len;
      root.appendChild(svg("line", { x1, y1, x2: ex, y2: ey, class: "edge edge-" + e.label.replace(/\s+/g, "-"), "marker-end": "url(#arrow)" }));
      root.appendChild(svg("text", { x: (x1 + x2) / 2, y: (y1 + y2) / 2 - 4, class: "edge-label", "text-anchor": "middle", text: e.label }));
    }
    names.forEach((name, i) => {
      const [x, y] = position[i];
      root.appendChild(svg("circle", { cx: x, cy: y, r: 10, class: "node" }));
      const label = name.length > 34 ? name.slice(0, 33) + "…" : name;
      root.appendChild(svg("text", { x, y: y + 24, class: "node-label", "text-anchor": "middle", text: label }));
    });
    return root;
  }

  // Actors of the last brief, for "speaks for" edges.
  let knownActors = [];
  let actorsLoaded = false;
  async function loadActors() {
    if (actorsLoaded) return;
    actorsLoaded = true;
    try {
      const brief = await getJSON("/api/brief");
      knownActors = brief.actors || [];
    } catch (e) {
      knownActors = [];
    }
  }

  route();
})();

// A figure's scope for a reader: a TIMEX3 part of day after a date in words
// ("2025-03-06TAF" -> "2025-03-06 afternoon"), as the terminal brief writes it.
function readableScope(scope) {
  const parts = { MO: "morning", AF: "afternoon", EV: "evening", NI: "night", DT: "daytime" };
  return scope.replace(/(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI|DT)\b/g, (_, day, part) => day + " " + parts[part]);
}
