// The peel-kg page: four views over one embedded JSON payload, sharing one set of filters.
//   Grades      forces x inspections, coloured by grade; a cell opens its evidence
//   Statements  every area for improvement, recommendation and cause of concern
//   Force       one force's grades over time, statements by theme, people, documents
//   Graph       the drawn part of the graph (vis-network), searched as a whole
//   Audit       a build made with --audit: the cues no fact or rule accounts for
// Every string from the graph is put in the page with textContent, never as markup.
(function () {
  "use strict";

  var timings = { start: performance.now() };
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  timings.parsed = performance.now();
  var G = data.graph;   // the drawn graph: nodes, edges, details, legend...
  var T = data.tables;  // the whole build: forces, documents, concepts, judgements, statements...
  var SHAPE_SYMBOLS = {
    dot: "\u25cf", square: "\u25a0", diamond: "\u25c6", triangle: "\u25b2",
    triangleDown: "\u25bc", star: "\u2605", hexagon: "\u2b22"
  };
  var VIEWS = ["grades", "statements", "force", "graph"];
  var audited = Boolean(T.accounts && T.accounts.length);  // only a build made with --audit has accounts
  if (audited) {
    VIEWS.push("audit");
    document.getElementById("kg-audit-tab").hidden = false;
  }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }
  function fullId(id) { return /^[a-z][a-z0-9+.\-]*:/i.test(id) ? id : T.base + id; }
  function byKey(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  // ---------------------------------------------------------------- the tables, as rows

  var concepts = T.concepts.map(function (c) {
    return { id: c[0], scheme: c[1], label: c[2], notation: c[3], rank: c[4] };
  });
  var gradeStyle = {};
  G.grades.forEach(function (g) { gradeStyle[g.key] = g; });
  function gradeColour(label) { return (gradeStyle[label] || {}).color || "#dddddd"; }
  function gradeText(label) { return (gradeStyle[label] || {}).text || "#000000"; }

  var forces = T.forces.map(function (f, i) {
    return { i: i, id: fullId(f[0]), label: f[1], country: f[2] || "(unknown)" };
  });
  var docs = T.documents.map(function (d, i) {
    return { i: i, id: fullId(d[0]), file: d[1], title: d[2], genre: d[3], forces: d[4] };
  });
  var inspections = T.inspections.map(function (r, i) {
    return { i: i, id: fullId(r[0]), force: r[1], period: r[2], pillar: r[3], doc: r[4] };
  });
  function conceptLabel(i) { return i >= 0 ? concepts[i].label : ""; }
  function pillarName(i) { return i >= 0 ? concepts[i].notation : ""; }  // short: "PEEL", not its long label
  function forceLabel(i) { return i >= 0 ? forces[i].label : "(no force)"; }

  var judgements = T.judgements.map(function (r) {
    var ins = inspections[r[1]];
    return {
      id: fullId(r[0]), inspection: ins, force: ins.force, period: ins.period, pillar: ins.pillar,
      question: r[2], grade: r[3], gradeLabel: conceptLabel(r[3]), rank: concepts[r[3]].rank,
      evidence: T.texts[r[4]], doc: r[5]
    };
  });
  // Statements as objects only when a view needs them: the grades view, the first shown,
  // does not, and 50,000 of them take a while to make.
  var statementObjects = null;
  function allStatements() {
    if (!statementObjects) { statementObjects = T.statements.map(makeStatement); }
    return statementObjects;
  }
  function makeStatement(r, i) {
    var ins = r[2] >= 0 ? inspections[r[2]] : null;
    var s = {
      i: i, id: fullId(r[0]), kind: r[1], kindLabel: T.kinds[r[1]], inspection: ins,
      force: ins ? ins.force : -1, period: ins ? ins.period : "", pillar: ins ? ins.pillar : -1,
      question: r[3], themes: r[4], text: T.texts[r[5]], doc: r[6],
      updates: r[7].map(function (u) { return { id: fullId(u[0]), text: T.texts[u[1]], doc: u[2] }; })
    };
    s.hasUpdate = s.updates.length ? "yes" : "no";
    s.where = conceptLabel(s.pillar) + (s.question >= 0 ? " / " + conceptLabel(s.question) : "");
    s.themeText = s.themes.map(conceptLabel).join(", ");
    s.updateText = s.updates.map(function (u) { return u.text; }).join("\n");
    s.haystack = null;  // made on the first search
    return s;
  }
  var people = T.people.map(function (p) {
    return { id: fullId(p[0]), name: p[1], roles: p[2] };
  });
  timings.tables = performance.now();

  // ---------------------------------------------------------------- shared filters

  // One selection per facet, shared by every view; an empty selection lets everything through.
  var F = { period: {}, pillar: {}, grade: {}, country: {}, force: {}, theme: {}, kind: {}, update: {} };
  var query = "";
  function chosen(name) { return Object.keys(F[name]).length > 0; }
  function allows(name, value) {
    if (!chosen(name)) { return true; }
    if (Array.isArray(value)) { return value.some(function (v) { return F[name][v]; }); }
    return Boolean(F[name][value]);
  }

  var FACETS = {
    period: { title: "Period" },
    pillar: { title: "Pillar" },
    grade: { title: "Grade" },
    country: { title: "Country" },
    force: { title: "Force" },
    theme: { title: "Theme" },
    kind: { title: "Kind" },
    update: { title: "Has an update" }
  };

  // A row's value for a facet (a list for themes), as the facet's key
  function judgementValue(j, name) {
    switch (name) {
      case "period": return j.period;
      case "pillar": return String(j.pillar);
      case "grade": return String(j.grade);
      case "country": return j.force >= 0 ? forces[j.force].country : "(unknown)";
      case "force": return String(j.force);
      default: return null;
    }
  }
  function statementValue(s, name) {
    switch (name) {
      case "period": return s.period;
      case "pillar": return String(s.pillar);
      case "country": return s.force >= 0 ? forces[s.force].country : "(unknown)";
      case "force": return String(s.force);
      case "theme": return s.themes.length ? s.themes.map(String) : ["none"];
      case "kind": return String(s.kind);
      case "update": return s.hasUpdate;
      default: return null;
    }
  }
  function keyLabel(name, key) {
    if (name === "pillar" || name === "grade" || name === "theme") {
      if (key === "none") { return "(no theme)"; }
      return concepts[Number(key)] ? conceptLabel(Number(key)) : key;
    }
    if (name === "force") { return forceLabel(Number(key)); }
    if (name === "kind") { return T.kinds[Number(key)]; }
    if (name === "update") { return key === "yes" ? "Has an update" : "No update yet"; }
    return key;
  }
  function keyOrder(name, keys) {
    if (name === "grade") {
      var rank = function (k) { return concepts[k] ? concepts[k].rank : 99; };
      return keys.sort(function (a, b) { return rank(a) - rank(b) || byKey(keyLabel(name, a), keyLabel(name, b)); });
    }
    if (name === "kind") { return keys.sort(); }
    return keys.sort(function (a, b) { return byKey(keyLabel(name, a), keyLabel(name, b)); });
  }

  function passes(row, names, valueOf, except) {
    for (var k = 0; k < names.length; k++) {
      var name = names[k];
      if (name !== except && chosen(name) && !allows(name, valueOf(row, name))) { return false; }
    }
    return true;
  }

  // A facet's counts: the rows that pass every other facet, by this facet's value.
  function facetCounts(rows, names, valueOf, name, extra) {
    var counts = {};
    rows.forEach(function (row) {
      if (!passes(row, names, valueOf, name) || (extra && !extra(row))) { return; }
      var v = valueOf(row, name);
      (Array.isArray(v) ? v : [v]).forEach(function (key) { counts[key] = (counts[key] || 0) + 1; });
    });
    return counts;
  }

  function facetBox(name, counts, onChange) {
    var box = el("fieldset");
    box.setAttribute("data-facet", name);
    box.appendChild(el("legend", FACETS[name].title));
    var keys = Object.keys(counts);
    Object.keys(F[name]).forEach(function (k) { if (keys.indexOf(k) < 0) { keys.push(k); } });
    keyOrder(name, keys).forEach(function (key) {
      var label = el("label");
      var check = el("input");
      check.type = "checkbox";
      check.checked = Boolean(F[name][key]);
      check.value = key;
      check.setAttribute("aria-label", keyLabel(name, key));
      check.addEventListener("change", function () {
        if (check.checked) { F[name][key] = true; } else { delete F[name][key]; }
        onChange();
      });
      label.appendChild(check);
      if (name === "grade") {
        var sw = el("span", "\u25a0", "kg-swatch");
        sw.style.color = gradeColour(keyLabel(name, key));
        label.appendChild(sw);
      }
      label.appendChild(el("span", keyLabel(name, key), "kg-facet-name"));
      label.appendChild(el("span", counts[key] || 0, "kg-count"));
      box.appendChild(label);
    });
    if (chosen(name)) {
      var clear = el("button", "Clear", "kg-clear");
      clear.type = "button";
      clear.addEventListener("click", function () { F[name] = {}; onChange(); });
      box.insertBefore(clear, box.childNodes[1]);
    }
    return box;
  }

  function sideFacets(rows, names, valueOf, onChange, extra) {
    var side = document.getElementById("kg-side");
    side.replaceChildren();
    names.forEach(function (name) {
      var counts = facetCounts(rows, names, valueOf, name, extra);
      if (Object.keys(counts).length || chosen(name)) { side.appendChild(facetBox(name, counts, onChange)); }
    });
  }

  // ---------------------------------------------------------------- the detail panel

  var panel = document.getElementById("kg-panel");
  var panelBody = document.getElementById("kg-panel-body");

  function button(text, className, onClick) {
    var b = el("button", text, className || "kg-link");
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }
  function section(title, child, parent) {
    (parent || panelBody).appendChild(el("h3", title));
    (parent || panelBody).appendChild(child);
  }
  function openPanel(title, kind) {
    panelBody.replaceChildren();
    panelBody.appendChild(el("h2", title));
    if (kind) { panelBody.appendChild(el("p", kind, "kg-kind")); }
    panel.hidden = false;
  }
  function drawn(id) { return Boolean(graphById[id]); }
  function graphLink(id, what, className) {
    if (drawn(id)) {
      return button("Show " + (what || "it") + " in the graph", "kg-link " + (className || "kg-to-graph"), function () {
        showView("graph");
        selectNode(id);
      });
    }
    return el("span", "Not drawn in the graph view (it draws part of this build)", "kg-note");
  }
  function forceLink(i) {
    if (i < 0) { return el("span", "(no force)"); }
    return button(forces[i].label, "kg-link kg-to-force", function () { showForce(i); });
  }
  function docBlock(i) {
    var box = el("div", null, "kg-doc");
    if (i < 0) { box.textContent = "(no source document)"; return box; }
    var d = docs[i];
    box.appendChild(el("div", d.file, "kg-file"));
    if (d.title) { box.appendChild(el("div", d.title)); }
    if (d.genre) { box.appendChild(el("div", d.genre, "kg-kind")); }
    box.appendChild(graphLink(d.id, "the document", "kg-doc-to-graph"));
    return box;
  }
  function quote(text) {
    var q = el("div", null, "kg-evidence");
    q.appendChild(el("blockquote", text));
    return q;
  }

  function showJudgements(list) {
    var j = list[0];
    openPanel(j.gradeLabel + ": " + forceLabel(j.force), "Judgement, " + j.period + " " +
      conceptLabel(j.pillar) + (j.question >= 0 ? " / " + conceptLabel(j.question) : ""));
    list.forEach(function (item) {
      var box = el("div", null, "kg-judgement");
      box.setAttribute("data-id", item.id);
      if (list.length > 1) { box.appendChild(el("h3", item.gradeLabel)); }
      section("Evidence", quote(item.evidence || "(no evidence sentence)"), box);
      section("Source document", docBlock(item.doc), box);
      var links = el("p");
      links.appendChild(graphLink(item.id, "the judgement"));
      links.appendChild(document.createTextNode(" "));
      links.appendChild(forceLink(item.force));
      section("Links", links, box);
      panelBody.appendChild(box);
    });
  }

  function showStatement(s) {
    openPanel(s.kindLabel, forceLabel(s.force) + ", " + s.period + " " + s.where);
    panelBody.appendChild(el("p", s.id, "kg-iri"));
    section("Text", quote(s.text));
    if (s.themes.length) { section("Themes", el("p", s.themeText)); }
    var ups = el("div");
    if (!s.updates.length) { ups.textContent = "No update from the force in this build."; }
    s.updates.forEach(function (u) { ups.appendChild(quote(u.text)); ups.appendChild(docBlock(u.doc)); });
    section("Force updates", ups);
    section("Source document", docBlock(s.doc));
    var links = el("p");
    links.appendChild(graphLink(s.id, "the statement"));
    links.appendChild(document.createTextNode(" "));
    links.appendChild(forceLink(s.force));
    section("Links", links);
  }

  document.getElementById("kg-panel-close").addEventListener("click", function () {
    panel.hidden = true;
    if (network) { network.unselectAll(); }
  });

  // ---------------------------------------------------------------- view 1: grades

  var expanded = {};
  var gradeSort = document.getElementById("kg-grade-sort");
  var GRADE_FACETS = ["period", "pillar", "grade", "country", "force"];

  function matrixColumns(rows) {
    // a group per (period, pillar): its overall column and its questions (graded areas)
    var groups = {};
    rows.forEach(function (j) {
      var key = j.period + "\u0000" + j.pillar;
      var g = groups[key] || (groups[key] = { key: key, period: j.period, pillar: j.pillar, overall: false, questions: {} });
      if (j.question < 0) { g.overall = true; } else { g.questions[j.question] = true; }
    });
    var list = Object.keys(groups).map(function (k) { return groups[k]; });
    list.sort(function (a, b) { return byKey(a.period, b.period) || byKey(conceptLabel(a.pillar), conceptLabel(b.pillar)); });
    var columns = [];
    list.forEach(function (g) {
      var questions = Object.keys(g.questions).map(Number).sort(function (a, b) { return byKey(conceptLabel(a), conceptLabel(b)); });
      if (g.overall) { columns.push({ group: g, question: -1, foldable: questions.length > 0 }); }
      if (!g.overall || expanded[g.key]) {
        questions.forEach(function (q) { columns.push({ group: g, question: q, graded: !g.overall }); });
      }
    });
    return columns;
  }

  function renderGrades() {
    var base = judgements.filter(function (j) { return passes(j, GRADE_FACETS, judgementValue, "grade"); });
    var shown = base.filter(function (j) { return allows("grade", String(j.grade)); });
    var columns = matrixColumns(base);
    var cells = {};
    shown.forEach(function (j) {
      var key = j.force + "\u0000" + j.period + "\u0000" + j.pillar + "\u0000" + j.question;
      (cells[key] || (cells[key] = [])).push(j);
    });
    var rowForces = {};
    shown.forEach(function (j) { rowForces[j.force] = true; });
    var rowList = Object.keys(rowForces).map(Number);
    var mode = gradeSort.value;
    function meanRank(f) {
      var total = 0, n = 0;
      shown.forEach(function (j) { if (j.force === f && j.question < 0 && j.rank) { total += j.rank; n += 1; } });
      if (!n) { shown.forEach(function (j) { if (j.force === f && j.rank) { total += j.rank; n += 1; } }); }
      return n ? total / n : 99;
    }
    var ranks = {};
    rowList.forEach(function (f) { ranks[f] = meanRank(f); });
    rowList.sort(function (a, b) {
      if (mode === "best") { return ranks[a] - ranks[b] || byKey(forceLabel(a), forceLabel(b)); }
      if (mode === "worst") { return ranks[b] - ranks[a] || byKey(forceLabel(a), forceLabel(b)); }
      return byKey(forceLabel(a), forceLabel(b));
    });

    var table = el("table", null, "kg-matrix");
    var head = el("thead");
    var periods = el("tr");
    var pillars = el("tr");
    periods.appendChild(el("th", "Force", "kg-corner"));
    pillars.appendChild(el("th", rowList.length + " forces", "kg-corner kg-count"));
    var lastPeriod = null, periodCell = null, span = 0;
    columns.forEach(function (c) {
      if (c.group.period !== lastPeriod) {
        periodCell = el("th", c.group.period, "kg-period");
        periods.appendChild(periodCell);
        lastPeriod = c.group.period;
        span = 0;
      }
      span += 1;
      periodCell.colSpan = span;
      var th = el("th", null, c.question < 0 ? "kg-pillar" : "kg-question");
      if (c.question < 0) {
        if (c.foldable) {
          th.appendChild(button((expanded[c.group.key] ? "\u25be " : "\u25b8 ") + pillarName(c.group.pillar), "kg-fold", function () {
            expanded[c.group.key] = !expanded[c.group.key];
            renderGrades();
          }));
        } else {
          th.textContent = pillarName(c.group.pillar);
        }
        th.title = conceptLabel(c.group.pillar);
      } else {
        th.textContent = conceptLabel(c.question);
        th.title = conceptLabel(c.group.pillar) + ": " + conceptLabel(c.question);
      }
      pillars.appendChild(th);
    });
    head.appendChild(periods);
    head.appendChild(pillars);
    table.appendChild(head);
    var body = el("tbody");
    rowList.forEach(function (f) {
      var tr = el("tr");
      tr.setAttribute("data-force", forces[f] ? forces[f].id : "");
      var name = el("th", null, "kg-rowhead");
      name.appendChild(button(forceLabel(f), "kg-link", function () { showForce(f); }));
      tr.appendChild(name);
      columns.forEach(function (c) {
        var list = cells[f + "\u0000" + c.group.period + "\u0000" + c.group.pillar + "\u0000" + c.question];
        var td = el("td", null, "kg-cell");
        if (list) {
          var labels = [];
          list.forEach(function (j) { if (labels.indexOf(j.gradeLabel) < 0) { labels.push(j.gradeLabel); } });
          td.textContent = labels.join(" / ");
          td.style.background = gradeColour(labels[0]);
          td.style.color = gradeText(labels[0]);
          td.setAttribute("data-grade", labels.join(" / "));
          td.setAttribute("data-judgements", list.map(function (j) { return j.id; }).join(" "));
          td.tabIndex = 0;
          td.addEventListener("click", function () { showJudgements(list); });
          td.addEventListener("keydown", function (e) { if (e.key === "Enter") { showJudgements(list); } });
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    var box = document.getElementById("kg-matrix");
    box.replaceChildren(table);
    if (!rowList.length) { box.appendChild(el("p", "No judgements match these filters.", "kg-note")); }
    sideFacets(judgements, GRADE_FACETS, judgementValue, renderGrades);
    setStatus(shown.length + " of " + judgements.length + " judgements");
  }
  gradeSort.addEventListener("change", renderGrades);

  (function legend() {
    var box = document.getElementById("kg-grade-legend");
    G.grades.forEach(function (g) {
      var s = el("span", g.key, "kg-legend-cell");
      s.style.background = g.color;
      s.style.color = g.text;
      box.appendChild(s);
    });
  })();

  // ---------------------------------------------------------------- view 2: statements

  var ST_FACETS = ["theme", "force", "period", "kind", "update", "pillar", "country"];
  var ROW_HEIGHT = 58;
  var stRows = [];
  var stScroll = document.getElementById("kg-st-scroll");
  var stBody = document.getElementById("kg-st-body");
  var stSearch = document.getElementById("kg-st-search");

  function haystack(s) {
    if (s.haystack === null) {
      s.haystack = [forceLabel(s.force), s.period, s.where, s.themeText, s.kindLabel, s.text, s.updateText,
        s.doc >= 0 ? docs[s.doc].file : ""].join("\n").toLowerCase();
    }
    return s.haystack;
  }
  function matchesQuery(s) {
    var q = query.trim().toLowerCase();
    return !q || haystack(s).indexOf(q) !== -1;
  }

  function renderStatements() {
    var statements = allStatements();
    stRows = statements.filter(function (s) { return passes(s, ST_FACETS, statementValue) && matchesQuery(s); });
    stRows.sort(function (a, b) {
      return byKey(forceLabel(a.force), forceLabel(b.force)) || byKey(a.period, b.period) ||
        byKey(a.where, b.where) || byKey(a.text, b.text);
    });
    stBody.style.height = (stRows.length * ROW_HEIGHT) + "px";
    stScroll.scrollTop = 0;
    drawStatementRows();
    document.getElementById("kg-st-count").textContent = stRows.length + " of " + statements.length + " statements";
    sideFacets(statements, ST_FACETS, statementValue, renderStatements, matchesQuery);
    setStatus(stRows.length + " of " + statements.length + " statements");
  }

  // Only the rows in view (and a few either side) are in the page at any time.
  function drawStatementRows() {
    var first = Math.max(0, Math.floor(stScroll.scrollTop / ROW_HEIGHT) - 5);
    var last = Math.min(stRows.length, first + Math.ceil((stScroll.clientHeight || 800) / ROW_HEIGHT) + 10);
    var frag = document.createDocumentFragment();
    for (var n = first; n < last; n++) { frag.appendChild(statementRow(stRows[n], n)); }
    stBody.replaceChildren(frag);
  }
  function statementRow(s, n) {
    var row = el("div", null, "kg-st-row");
    row.setAttribute("role", "row");
    row.setAttribute("data-id", s.id);
    row.setAttribute("data-force", forceLabel(s.force));
    row.style.top = (n * ROW_HEIGHT) + "px";
    [forceLabel(s.force), s.period, s.where, s.themeText, s.kindLabel, s.text,
      s.updates.length ? s.updateText : "\u2014", s.doc >= 0 ? docs[s.doc].file : ""].forEach(function (text, k) {
      var cell = el("span", text, "kg-st-cell kg-st-c" + k);
      cell.title = text;
      row.appendChild(cell);
    });
    row.addEventListener("click", function () { showStatement(s); });
    return row;
  }
  var scrollPending = false;
  stScroll.addEventListener("scroll", function () {
    if (scrollPending) { return; }
    scrollPending = true;
    requestAnimationFrame(function () { scrollPending = false; drawStatementRows(); });
  });
  var stTimer = null;
  stSearch.addEventListener("input", function () {
    clearTimeout(stTimer);
    stTimer = setTimeout(function () { query = stSearch.value; renderStatements(); }, 150);
  });

  function csvCell(value) {
    var text = String(value === undefined || value === null ? "" : value);
    if (/^[=+\-@\t\r]/.test(text)) { text = "'" + text; }  // never a formula in a spreadsheet
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function statementsCsv() {
    var lines = [["statement", "force", "period", "pillar", "question", "kind", "themes", "text",
      "has_update", "update", "document"].join(",")];
    stRows.forEach(function (s) {
      lines.push([s.id, forceLabel(s.force), s.period, conceptLabel(s.pillar), conceptLabel(s.question),
        s.kindLabel, s.themeText, s.text, s.hasUpdate, s.updateText, s.doc >= 0 ? docs[s.doc].file : ""]
        .map(csvCell).join(","));
    });
    return lines.join("\r\n") + "\r\n";
  }
  document.getElementById("kg-st-csv").addEventListener("click", function () {
    var url = URL.createObjectURL(new Blob([statementsCsv()], { type: "text/csv;charset=utf-8" }));
    var a = document.createElement("a");
    a.download = "statements.csv";
    a.href = url;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  });

  // ---------------------------------------------------------------- view 3: a force

  var forceSelect = document.getElementById("kg-force-select");
  var currentForce = -1;
  var forceHas = {};
  judgements.forEach(function (j) { forceHas[j.force] = true; });
  T.statements.forEach(function (r) { if (r[2] >= 0) { forceHas[inspections[r[2]].force] = true; } });
  forces.filter(function (f) { return forceHas[f.i]; })
    .sort(function (a, b) { return byKey(a.label, b.label); })
    .forEach(function (f) {
      var o = el("option", f.label);
      o.value = String(f.i);
      forceSelect.appendChild(o);
    });
  forceSelect.addEventListener("change", function () { showForce(Number(forceSelect.value)); });

  function showForce(i) {
    currentForce = i;
    forceSelect.value = String(i);
    showView("force");
  }

  // For each judgement, the change since the same pillar's (or area's) latest earlier grade:
  // as `kg query grade-history` says it (the earlier period's worst grade is compared).
  function trends(list) {
    var byLine = {};
    list.forEach(function (j) { (byLine[j.pillar + "/" + j.question] || (byLine[j.pillar + "/" + j.question] = [])).push(j); });
    var out = {};
    Object.keys(byLine).forEach(function (line) {
      var items = byLine[line];
      items.forEach(function (j) {
        var earlier = items.filter(function (e) { return e.period < j.period; });
        if (!earlier.length) { out[j.id] = "first"; return; }
        var latest = earlier.reduce(function (m, e) { return e.period > m ? e.period : m; }, "");
        var prev = Math.max.apply(null, earlier.filter(function (e) { return e.period === latest; }).map(function (e) { return e.rank; }));
        out[j.id] = prev > j.rank ? "improved" : prev < j.rank ? "declined" : "no change";
      });
    });
    return out;
  }
  var TREND_MARK = { improved: " \u25b2", declined: " \u25bc", "no change": " =", first: "" };

  function renderForce() {
    var body = document.getElementById("kg-force-body");
    body.replaceChildren();
    if (currentForce < 0 && forceSelect.options.length) { currentForce = Number(forceSelect.options[0].value); }
    if (currentForce < 0) { body.appendChild(el("p", "No force in this build has grades or statements.")); return; }
    var f = forces[currentForce];
    forceSelect.value = String(currentForce);
    var head = el("div", null, "kg-force-head");
    head.appendChild(el("h2", f.label));
    head.appendChild(el("span", f.country, "kg-kind"));
    head.appendChild(graphLink(f.id, "the force"));
    body.appendChild(head);

    // grades across periods: one line per pillar (overall) and per graded area
    var mine = judgements.filter(function (j) { return j.force === currentForce; });
    var trend = trends(mine);
    var periods = [];
    var lines = {};
    mine.forEach(function (j) {
      if (periods.indexOf(j.period) < 0) { periods.push(j.period); }
      var key = (j.question < 0 ? "0" : "1") + conceptLabel(j.pillar) + "\u0000" + conceptLabel(j.question) + "\u0000" + j.pillar + "\u0000" + j.question;
      (lines[key] || (lines[key] = [])).push(j);
    });
    periods.sort();
    body.appendChild(el("h3", "Grades across periods"));
    var table = el("table", null, "kg-history");
    var tr = el("tr");
    tr.appendChild(el("th", "Pillar / graded area"));
    periods.forEach(function (p) { tr.appendChild(el("th", p)); });
    table.appendChild(el("thead")).appendChild(tr);
    var tbody = el("tbody");
    Object.keys(lines).sort().forEach(function (key) {
      var items = lines[key];
      var row = el("tr");
      var j0 = items[0];
      row.appendChild(el("th", conceptLabel(j0.pillar) + (j0.question >= 0 ? " / " + conceptLabel(j0.question) : " (overall)")));
      periods.forEach(function (p) {
        var td = el("td", null, "kg-cell");
        items.filter(function (j) { return j.period === p; }).forEach(function (j) {
          var b = button(j.gradeLabel + TREND_MARK[trend[j.id]], "kg-grade-chip", function () { showJudgements([j]); });
          b.style.background = gradeColour(j.gradeLabel);
          b.style.color = gradeText(j.gradeLabel);
          b.title = trend[j.id];
          b.setAttribute("data-period", j.period);
          b.setAttribute("data-pillar", j.pillar >= 0 ? concepts[j.pillar].notation : "");
          b.setAttribute("data-question", j.question >= 0 ? concepts[j.question].notation : "");
          b.setAttribute("data-grade", j.gradeLabel);
          b.setAttribute("data-trend", trend[j.id]);
          td.appendChild(b);
        });
        row.appendChild(td);
      });
      tbody.appendChild(row);
    });
    table.appendChild(tbody);
    body.appendChild(mine.length ? table : el("p", "No grades for this force in this build.", "kg-note"));

    // statements by theme, with their updates
    var said = allStatements().filter(function (s) { return s.force === currentForce; });
    body.appendChild(el("h3", "Statements by theme (" + said.length + ")"));
    var byTheme = {};
    said.forEach(function (s) {
      (s.themes.length ? s.themes.map(conceptLabel) : ["(no theme)"]).forEach(function (t) {
        (byTheme[t] || (byTheme[t] = [])).push(s);
      });
    });
    Object.keys(byTheme).sort().forEach(function (t) {
      var details = el("details", null, "kg-theme");
      details.appendChild(el("summary", t + " (" + byTheme[t].length + ")"));
      var list = el("ul");
      byTheme[t].sort(function (a, b) { return byKey(a.period, b.period) || byKey(a.text, b.text); }).forEach(function (s) {
        var li = el("li");
        li.setAttribute("data-id", s.id);
        li.appendChild(el("span", s.period + " \u00b7 " + s.kindLabel + " \u00b7 " + s.where, "kg-kind"));
        li.appendChild(button(s.text, "kg-link kg-statement", function () { showStatement(s); }));
        s.updates.forEach(function (u) { li.appendChild(el("div", "Update: " + u.text, "kg-update")); });
        list.appendChild(li);
      });
      details.appendChild(list);
      body.appendChild(details);
    });

    // people and documents
    var folk = people.filter(function (p) { return p.roles.some(function (r) { return r[0] === currentForce; }); });
    body.appendChild(el("h3", "People (" + folk.length + ")"));
    var pl = el("ul", null, "kg-people");
    folk.forEach(function (p) {
      var li = el("li");
      li.appendChild(el("strong", p.name));
      p.roles.filter(function (r) { return r[0] === currentForce; }).forEach(function (r) {
        li.appendChild(document.createTextNode(" \u2014 " + r[2]));
      });
      pl.appendChild(li);
    });
    body.appendChild(pl);
    var docSet = {};
    docs.forEach(function (d) { if (d.forces.indexOf(currentForce) >= 0) { docSet[d.i] = true; } });
    inspections.forEach(function (ins) { if (ins.force === currentForce && ins.doc >= 0) { docSet[ins.doc] = true; } });
    var dl = el("ul", null, "kg-docs");
    Object.keys(docSet).map(Number).sort(function (a, b) { return byKey(docs[a].file, docs[b].file); }).forEach(function (i) {
      var li = el("li");
      li.appendChild(el("span", docs[i].file, "kg-file"));
      if (docs[i].title) { li.appendChild(document.createTextNode(" \u2014 " + docs[i].title)); }
      dl.appendChild(li);
    });
    body.appendChild(el("h3", "Documents (" + Object.keys(docSet).length + ")"));
    body.appendChild(dl);
    document.getElementById("kg-side").replaceChildren(forceList());
    setStatus(f.label + ": " + mine.length + " grades, " + said.length + " statements");
  }

  function forceList() {
    var box = el("fieldset");
    box.setAttribute("data-facet", "pick-force");
    box.appendChild(el("legend", "Forces"));
    Array.prototype.forEach.call(forceSelect.options, function (o) {
      var i = Number(o.value);
      var b = button(forces[i].label, "kg-link kg-pick" + (i === currentForce ? " kg-current" : ""), function () { showForce(i); });
      box.appendChild(el("div")).appendChild(b);
    });
    return box;
  }

  // ---------------------------------------------------------------- view 4: the graph

  var graphById = {};
  G.nodes.forEach(function (n) { graphById[n.id] = n; });
  var kindNames = {};
  G.legend.forEach(function (k) { kindNames[k.key] = k.name; });
  var nodeThemeMap = null;
  function nodeThemes(id) {
    if (!nodeThemeMap) {
      nodeThemeMap = {};
      allStatements().forEach(function (s) {
        nodeThemeMap[s.id] = s.themes.map(String);
        s.updates.forEach(function (u) { nodeThemeMap[u.id] = s.themes.map(String); });
      });
    }
    return nodeThemeMap[id] || [];
  }
  var kindOn = {};
  G.legend.forEach(function (k) { kindOn[k.key] = true; });
  var forceIndex = {};
  forces.forEach(function (f) { forceIndex[f.id] = String(f.i); });
  var gradeIndex = {};
  concepts.forEach(function (c, i) { if (c.scheme === "grade") { gradeIndex[c.label] = String(i); } });
  var network = null, nodes = null, edges = null;
  var progress = document.getElementById("kg-progress");
  var GRAPH_FACETS = ["force", "period", "grade", "theme"];
  var STATEMENT_KINDS = { AreaForImprovement: 1, Recommendation: 1, CauseOfConcern: 1, ForceUpdate: 1 };

  function nodeValue(n, name) {
    switch (name) {
      case "force": return n.forces.length ? n.forces.map(function (f) { return forceIndex[f] || f; }) : null;
      case "period": return n.periods.length ? n.periods : null;
      case "grade": return n.grade ? gradeIndex[n.grade] || n.grade : null;
      case "theme": return STATEMENT_KINDS[n.kind] ? (nodeThemes(n.id).length ? nodeThemes(n.id) : ["none"]) : null;
      default: return null;
    }
  }
  // A node without a value for a facet (a force has no grade) stays while that facet is chosen.
  function nodeVisible(n) {
    if (!kindOn[n.kind]) { return false; }
    for (var k = 0; k < GRAPH_FACETS.length; k++) {
      var name = GRAPH_FACETS[k];
      var v = nodeValue(n, name);
      if (v !== null && !allows(name, v)) { return false; }
    }
    return true;
  }

  function initGraph() {
    if (network) { return; }
    nodes = new vis.DataSet(G.nodes.map(function (n) {
      var item = { id: n.id, label: n.label, shape: n.shape, color: n.color, size: n.size, font: n.font,
        title: el("div", n.hover, "kg-tooltip"), hidden: !nodeVisible(n) };
      if (typeof n.x === "number") { item.x = n.x; item.y = n.y; }
      return item;
    }));
    edges = new vis.DataSet(G.edges.map(function (e) {
      return { id: e.id, from: e.from, to: e.to, label: e.label, arrows: e.arrows, hidden: false };
    }));
    network = new vis.Network(document.getElementById("kg-network"), { nodes: nodes, edges: edges }, G.options);
    page.network = network; page.nodes = nodes; page.edges = edges;
    network.on("click", function (params) { if (params.nodes.length) { showNode(params.nodes[0]); } });
    network.on("zoom", labelForces);
    if (!G.nodes.length) {
      progress.textContent = "No nodes to draw: nothing in the graph matches the options this page was made with.";
      markStable();
    } else {
      network.on("stabilizationProgress", function (p) {
        progress.textContent = "Laying out the graph: " + Math.round(100 * p.iterations / p.total) + "%";
      });
      network.once("stabilizationIterationsDone", function () {
        network.setOptions({ physics: { enabled: false } });
        progress.hidden = true;
        page.graphReady = true;
        applyGraphFilters();
        labelForces();
        markStable();
      });
    }
  }

  // Labels by zoom level: vis-network leaves out labels drawn too small (each kind has its
  // size, so inspections are named before statements as one zooms in); forces are always
  // named, their labels growing as the view zooms out.
  var forceLabelSize = 0;
  function labelForces() {
    var size = Math.max(30, Math.round(11 / Math.max(network.getScale(), 0.01)));
    if (size === forceLabelSize) { return; }
    forceLabelSize = size;
    nodes.update(G.nodes.filter(function (n) { return n.kind === "Force"; }).map(function (n) {
      return { id: n.id, font: { size: size } };
    }));
  }

  function applyGraphFilters() {
    if (!network) { return; }
    var shown = {};
    var nodeUpdates = [];
    G.nodes.forEach(function (n) {
      var show = nodeVisible(n);
      shown[n.id] = show;
      if (nodes.get(n.id).hidden === show) { nodeUpdates.push({ id: n.id, hidden: !show }); }
    });
    var edgeUpdates = [];
    G.edges.forEach(function (e) {
      var show = shown[e.from] && shown[e.to];
      if (edges.get(e.id).hidden === show) { edgeUpdates.push({ id: e.id, hidden: !show }); }
    });
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    page.filterChanges += 1;
    if (page.graphReady) { network.fit({ animation: false }); labelForces(); }  // refit to what is left
  }

  function renderGraph() {
    initGraph();
    applyGraphFilters();
    var side = document.getElementById("kg-side");
    side.replaceChildren();
    var legend = el("fieldset");
    legend.setAttribute("data-facet", "classes");
    legend.appendChild(el("legend", "Classes (legend)"));
    G.legend.forEach(function (k) {
      var label = el("label");
      var check = el("input");
      check.type = "checkbox";
      check.checked = kindOn[k.key];
      check.value = k.key;
      check.setAttribute("aria-label", k.name);
      check.addEventListener("change", function () { kindOn[k.key] = check.checked; renderGraph(); });
      label.appendChild(check);
      var sw = el("span", SHAPE_SYMBOLS[k.shape] || "\u25cf", "kg-swatch");
      sw.style.color = k.color;
      label.appendChild(sw);
      label.appendChild(el("span", k.name, "kg-facet-name"));
      label.appendChild(el("span", k.count, "kg-count"));
      legend.appendChild(label);
    });
    side.appendChild(legend);
    GRAPH_FACETS.forEach(function (name) {
      var counts = {};
      G.nodes.forEach(function (n) {
        if (!kindOn[n.kind]) { return; }
        var v = nodeValue(n, name);
        if (v === null) { return; }
        (Array.isArray(v) ? v : [v]).forEach(function (key) { counts[key] = (counts[key] || 0) + 1; });
      });
      if (Object.keys(counts).length || chosen(name)) { side.appendChild(facetBox(name, counts, renderGraph)); }
    });
    var count = G.nodes.filter(nodeVisible).length;
    setStatus(count + " of " + G.nodes.length + " drawn nodes shown");
  }

  function selectNode(id) {
    if (!network) { initGraph(); }
    var n = nodes.get(id);
    if (n && !n.hidden) {
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
    }
    showNode(id);
  }

  function showNode(id) {
    var n = graphById[id];
    var d = G.details[id];
    if (!n || !d) { return showEntity(id); }
    var shownNode = nodes ? nodes.get(id) : null;
    openPanel(n.label, d.kind + (shownNode && shownNode.hidden ? " (hidden by filters)" : ""));
    panelBody.appendChild(el("p", d.iri, "kg-iri"));
    if (d.evidence.length) {
      var quotes = el("div", null, "kg-evidence");
      d.evidence.forEach(function (s) { quotes.appendChild(el("blockquote", s)); });
      if (d.pages) { quotes.appendChild(el("p", (d.pages.length > 1 ? "pages " : "page ") + d.pages.join(", "), "kg-page")); }
      section("Evidence", quotes);
    }
    if (d.sources.length) {
      var list = el("ul", null, "kg-sources");
      d.sources.forEach(function (s) {
        var li = el("li");
        li.appendChild(graphById[s.id] ? button(s.file, "kg-link", function () { selectNode(s.id); }) : el("span", s.file, "kg-file"));
        if (s.sha256) { li.appendChild(el("span", " sha256 " + s.sha256, "kg-sha")); }
        if (s.title) { li.appendChild(el("div", s.title)); }
        list.appendChild(li);
      });
      section("Source documents", list);
    }
    if (d.props.length) {
      var dl = el("dl", null, "kg-props");
      d.props.forEach(function (p) {
        dl.appendChild(el("dt", p[0]));
        var dd = el("dd");
        dd.appendChild(p[2] && graphById[p[2]] ? button(p[1], "kg-link", function () { selectNode(p[2]); }) : document.createTextNode(p[1]));
        dl.appendChild(dd);
      });
      section("Properties", dl);
    }
    if (network) {
      var links = el("ul", null, "kg-connections");
      network.getConnectedEdges(id).forEach(function (edgeId) {
        var e = edges.get(edgeId);
        if (!e) { return; }
        var outgoing = e.from === id;
        var other = outgoing ? e.to : e.from;
        var li = el("li", outgoing ? e.label + " \u2192 " : "\u2190 " + e.label + " ");
        li.appendChild(button(graphById[other] ? graphById[other].label : other, "kg-link", function () { selectNode(other); }));
        links.appendChild(li);
      });
      if (links.childNodes.length) { section("Connections", links); }
    }
  }

  // A node the graph view does not draw: what the tables know of it.
  function showEntity(id) {
    var hit = searchIndex().byId[id];
    if (!hit) { return; }
    if (hit.open) { return hit.open(); }
    openPanel(hit.label, hit.kind);
    panelBody.appendChild(el("p", id, "kg-iri"));
    if (hit.text && hit.text !== hit.label) { section("Text", quote(hit.text)); }
    panelBody.appendChild(graphLink(id));
  }

  // ---------------------------------------------------------------- search over every node

  var index = null;
  function searchIndex() {
    if (index) { return index; }
    var list = [];
    var byId = {};
    function add(id, kind, label, force, period, text, open) {
      if (byId[id]) { return; }
      var item = { id: id, kind: kind, label: label, force: force, period: period, text: text || "", open: open };
      item.hay = (label + "\n" + (text || "")).toLowerCase();
      byId[id] = item;
      list.push(item);
    }
    forces.forEach(function (f) { add(f.id, "Force", f.label, f.label, "", f.country, function () { showForce(f.i); }); });
    inspections.forEach(function (ins) {
      add(ins.id, "Inspection", ins.period + " " + conceptLabel(ins.pillar), forceLabel(ins.force), ins.period);
    });
    judgements.forEach(function (j) {
      add(j.id, "Judgement", j.gradeLabel + ": " + conceptLabel(j.question >= 0 ? j.question : j.pillar),
        forceLabel(j.force), j.period, j.evidence, function () { showJudgements([j]); });
    });
    allStatements().forEach(function (s) {
      add(s.id, s.kindLabel, s.text.split(/\s+/).slice(0, 9).join(" "), forceLabel(s.force), s.period, s.text,
        function () { showStatement(s); });
      s.updates.forEach(function (u) {
        add(u.id, "Force update", u.text.split(/\s+/).slice(0, 9).join(" "), forceLabel(s.force), s.period, u.text);
      });
    });
    people.forEach(function (p) {
      var where = p.roles.map(function (r) { return r[0] >= 0 ? forces[r[0]].label : ""; }).filter(Boolean);
      add(p.id, "Person", p.name, where.join(", "), "", p.roles.map(function (r) { return r[2]; }).join("\n"));
    });
    docs.forEach(function (d) {
      add(d.id, "Source document", d.file, d.forces.map(forceLabel).join(", "), "", d.title + "\n" + d.genre);
    });
    G.nodes.forEach(function (n) {
      add(n.id, kindNames[n.kind] || n.kind, n.label, n.forces.map(function (f) {
        return forceIndex[f] !== undefined ? forces[Number(forceIndex[f])].label : f;
      }).join(", "), n.periods.join(", "), n.hover);
    });
    index = { list: list, byId: byId };
    return index;
  }

  function search(text) {
    var q = text.trim().toLowerCase();
    if (q.length < 2) { return { hits: [], total: 0 }; }
    var hits = [], total = 0, list = searchIndex().list;
    for (var i = 0; i < list.length; i++) {
      if (list[i].hay.indexOf(q) !== -1) {
        total += 1;
        if (hits.length < 50) { hits.push(list[i]); }
      }
    }
    return { hits: hits, total: total };
  }

  function openHit(hit) {
    if (drawn(hit.id) && currentView === "graph") { return selectNode(hit.id); }
    if (hit.open) { return hit.open(); }
    if (drawn(hit.id)) { showView("graph"); return selectNode(hit.id); }
    return showEntity(hit.id);
  }

  var results = document.getElementById("kg-results");
  function showResults(found) {
    results.replaceChildren();
    found.hits.forEach(function (hit) {
      var b = el("button", hit.label);
      b.type = "button";
      var where = [hit.kind, hit.force, hit.period].filter(Boolean).join(" \u00b7 ");
      b.appendChild(el("span", where, "kg-where"));
      if (!drawn(hit.id)) { b.appendChild(el("span", "not drawn", "kg-kind")); }
      b.addEventListener("click", function () { results.hidden = true; openHit(hit); });
      results.appendChild(el("li")).appendChild(b);
    });
    if (found.total > found.hits.length) {
      results.appendChild(el("li", (found.total - found.hits.length) + " more: narrow the search", "kg-more"));
    }
    results.hidden = found.hits.length === 0;
  }
  var input = document.getElementById("kg-search");
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { showResults(search(input.value)); }, 120);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var found = search(input.value);
      results.hidden = true;
      if (found.hits.length) { openHit(found.hits[0]); }
    } else if (event.key === "Escape") {
      results.hidden = true;
    }
  });

  // ---------------------------------------------------------------- views, notice, status

  var currentView = null;
  // ---------------------------------------------------------------- audit (kg build --audit)

  // Every cue (grade word, statement heading, title) the extractors could not account for,
  // by document and position: the places where the graph may lack a fact.
  function renderAudit() {
    document.getElementById("kg-side").replaceChildren(el("p", "The audit lists every document of the build; the filters do not apply to it.", "kg-hint"));
    var body = document.getElementById("kg-audit-body");
    if (body.childNodes.length) { return; }
    var totals = [0, 0, 0];
    var open = [];
    T.accounts.forEach(function (a) {
      totals[0] += a[1]; totals[1] += a[2]; totals[2] += a[3];
      if (a[3]) { open.push(a); }
    });
    body.appendChild(el("p", T.accounts.length + " documents audited: " + totals[0] + " cues (grade words, statement " +
      "headings, titles of people), " + totals[1] + " used by a fact or explained by a rule, " + totals[2] +
      " not understood.", "kg-audit-totals"));
    setStatus(totals[2] + " cues not understood in " + open.length + " documents");
    if (!T.cues.length) {
      body.appendChild(el("p", "Nothing suggests a missed fact: every cue is used by a fact or explained by a rule."));
      return;
    }
    body.appendChild(el("h3", "Documents with cues not understood (" + open.length + ")"));
    var list = el("ul", null, "kg-docs");
    open.sort(function (a, b) { return b[3] - a[3] || byKey(docs[a[0]].file, docs[b[0]].file); }).forEach(function (a) {
      var li = el("li");
      li.appendChild(el("span", docs[a[0]].file, "kg-file"));
      li.appendChild(document.createTextNode(" \u2014 " + a[3] + " of " + a[1] + " cues not understood"));
      list.appendChild(li);
    });
    body.appendChild(list);
    body.appendChild(el("h3", "Cues not understood (" + T.cues.length + ")"));
    var table = el("table", null, "kg-audit");
    var head = el("tr");
    ["Document", "Line:column", "Kind", "Cue", "Sentence"].forEach(function (h) { head.appendChild(el("th", h)); });
    table.appendChild(el("thead")).appendChild(head);
    var rows = el("tbody");
    T.cues.forEach(function (c) {
      var tr = el("tr");
      tr.setAttribute("data-document", docs[c[0]].file);
      tr.appendChild(el("td", docs[c[0]].file, "kg-file"));
      tr.appendChild(el("td", c[1] + ":" + c[2]));
      tr.appendChild(el("td", c[3]));
      tr.appendChild(el("td")).appendChild(el("mark", c[4]));
      tr.appendChild(el("td", T.texts[c[5]]));
      rows.appendChild(tr);
    });
    table.appendChild(rows);
    body.appendChild(table);
  }

  var page = {
    data: data, network: null, nodes: null, edges: null, stable: false, graphReady: false, filterChanges: 0,
    filters: F, timings: timings,
    view: function () { return currentView; },
    statementRows: function () { return stRows.map(function (s) { return s.id; }); },
    visibleNodeIds: function () {
      return nodes ? nodes.get({ filter: function (n) { return !n.hidden; } }).map(function (n) { return n.id; }) : [];
    },
    select: selectNode,
    show: showView
  };
  window.kgPage = page;

  function markStable() {
    page.stable = true;
    document.body.setAttribute("data-stable", "true");
  }
  function setStatus(text) { document.getElementById("kg-status").textContent = text; }

  function showView(view) {
    if (VIEWS.indexOf(view) < 0) { view = "grades"; }
    currentView = view;
    VIEWS.forEach(function (v) {
      document.getElementById("kg-view-" + v).hidden = v !== view;
      var tab = document.querySelector('#kg-tabs button[data-view="' + v + '"]');
      tab.setAttribute("aria-current", v === view ? "page" : "false");
    });
    if (location.hash !== "#" + view) { history.replaceState(null, "", "#" + view); }
    if (view === "graph") {
      page.stable = page.graphReady || !G.nodes.length;
      renderGraph();
      if (page.graphReady) { markStable(); }
    } else {
      if (view === "grades") { renderGrades(); }
      if (view === "statements") { renderStatements(); }
      if (view === "force") { renderForce(); }
      if (view === "audit") { renderAudit(); }
      markStable();
    }
  }
  Array.prototype.forEach.call(document.querySelectorAll("#kg-tabs button"), function (b) {
    b.addEventListener("click", function () { showView(b.getAttribute("data-view")); });
  });
  window.addEventListener("hashchange", function () {
    var v = location.hash.slice(1);
    if (v !== currentView) { showView(v); }
  });

  function buildNotice() {
    var notice = document.getElementById("kg-notice");
    var kinds = Object.keys(G.omitted);
    var undrawn = 0;
    function count(id) { if (!graphById[id] && !G.schema) { undrawn += 1; } }
    [forces, inspections, judgements, people, docs].forEach(function (rows) {
      rows.forEach(function (r) { count(r.id); });
    });
    T.statements.forEach(function (r) {
      count(fullId(r[0]));
      r[7].forEach(function (u) { count(fullId(u[0])); });
    });
    if (!kinds.length && !undrawn) { return; }
    var left = kinds.reduce(function (sum, k) { return sum + G.omitted[k]; }, 0);
    notice.appendChild(el("strong", "The graph view draws " + G.nodes.length + " of this build's " +
      (G.nodes.length + Math.max(undrawn, left)) + " nodes; the Grades, Statements and Force views and the search hold them all. "));
    if (kinds.length) {
      notice.appendChild(el("span", "Left out of the drawing: " + kinds.map(function (k) {
        return G.omitted[k] + " \u00d7 " + k;
      }).join(", ") + ". To draw them, narrow the page:"));
    } else {
      notice.appendChild(el("span", "To draw others, narrow the page:"));
    }
    var list = el("ul");
    G.hints.forEach(function (h) { list.appendChild(el("li")).appendChild(el("code", h)); });
    notice.appendChild(list);
    notice.hidden = false;
  }

  // a page drawn for some forces or periods (kg viz --force, --period) opens on them
  (G.chosen || { forces: [], periods: [] }).forces.forEach(function (id) {
    if (forceIndex[id] !== undefined) {
      F.force[forceIndex[id]] = true;
      if (currentForce < 0) { currentForce = Number(forceIndex[id]); }
    }
  });
  (G.chosen || { forces: [], periods: [] }).periods.forEach(function (p) { F.period[p] = true; });

  buildNotice();
  showView(location.hash.slice(1) || "grades");
  timings.shown = performance.now();
})();
