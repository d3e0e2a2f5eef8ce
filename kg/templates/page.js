// The peel-kg page: builds the network from the embedded JSON, then the filters, legend,
// search and side panel. Every string from the graph is put in the page with textContent.
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var SHAPE_SYMBOLS = {
    dot: "\u25cf", square: "\u25a0", diamond: "\u25c6", triangle: "\u25b2",
    triangleDown: "\u25bc", star: "\u2605", hexagon: "\u2b22"
  };
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var kindNames = {};
  data.legend.forEach(function (k) { kindNames[k.key] = k.name; });

  var state = { kind: {}, force: {}, period: {}, grade: {} };
  data.legend.forEach(function (k) { state.kind[k.key] = true; });
  data.forces.forEach(function (f) { state.force[f.id] = true; });
  data.periods.forEach(function (p) { state.period[p] = true; });
  data.grades.forEach(function (g) { state.grade[g.key] = true; });

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function tooltip(text) {
    return el("div", text, "kg-tooltip");
  }

  // ---------------------------------------------------------------- the network

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var item = {
      id: n.id, label: n.label, shape: n.shape, color: n.color, size: n.size,
      title: tooltip(n.hover), hidden: false
    };
    if (typeof n.x === "number") { item.x = n.x; item.y = n.y; }
    return item;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return { id: e.id, from: e.from, to: e.to, label: e.label, arrows: e.arrows, hidden: false };
  }));
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var progress = document.getElementById("kg-progress");

  var page = {
    network: network, nodes: nodes, edges: edges, data: data,
    stable: false, filterChanges: 0,
    visibleNodeIds: function () {
      return nodes.get({ filter: function (n) { return !n.hidden; } }).map(function (n) { return n.id; });
    },
    select: select
  };
  window.kgPage = page;

  function finishLayout() {
    network.setOptions({ physics: { enabled: false } });
    progress.hidden = true;
    page.stable = true;
    document.body.setAttribute("data-stable", "true");
  }

  if (data.nodes.length === 0) {
    progress.textContent = "No nodes to draw: nothing in the graph matches the options this page was made with.";
    page.stable = true;
    document.body.setAttribute("data-stable", "true");
  } else {
    network.on("stabilizationProgress", function (p) {
      progress.textContent = "Laying out the graph: " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", finishLayout);
  }

  // ---------------------------------------------------------------- filters

  function visible(n) {
    if (!state.kind[n.kind]) { return false; }
    if (n.forces.length && !n.forces.some(function (f) { return state.force[f]; })) { return false; }
    if (n.periods.length && !n.periods.some(function (p) { return state.period[p]; })) { return false; }
    if (n.grade && !state.grade[n.grade]) { return false; }
    return true;
  }

  function applyFilters() {
    var shown = {};
    var nodeUpdates = [];
    data.nodes.forEach(function (n) {
      var show = visible(n);
      shown[n.id] = show;
      if (nodes.get(n.id).hidden === show) { nodeUpdates.push({ id: n.id, hidden: !show }); }
    });
    var edgeUpdates = [];
    data.edges.forEach(function (e) {
      var show = shown[e.from] && shown[e.to];
      if (edges.get(e.id).hidden === show) { edgeUpdates.push({ id: e.id, hidden: !show }); }
    });
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    page.filterChanges += 1;
    updateStatus();
  }

  function updateStatus() {
    var shown = page.visibleNodeIds().length;
    var text = shown + " of " + data.nodes.length + " nodes shown";
    if (Object.keys(data.omitted).length) { text += " (more left out of this page)"; }
    document.getElementById("kg-status").textContent = text;
  }

  function facet(title, items, store) {
    var box = el("fieldset");
    box.appendChild(el("legend", title));
    var buttons = el("div", null, "kg-allnone");
    var boxes = [];
    [["All", true], ["None", false]].forEach(function (pair) {
      var b = el("button", pair[0]);
      b.type = "button";
      b.addEventListener("click", function () {
        boxes.forEach(function (c) { c.checked = pair[1]; store[c.value] = pair[1]; });
        applyFilters();
      });
      buttons.appendChild(b);
    });
    box.appendChild(buttons);
    items.forEach(function (item) {
      var label = el("label");
      var check = el("input");
      check.type = "checkbox";
      check.checked = true;
      check.value = item.key;
      check.addEventListener("change", function () { store[item.key] = check.checked; applyFilters(); });
      boxes.push(check);
      label.appendChild(check);
      if (item.swatch) {
        var sw = el("span", item.swatch, "kg-swatch");
        sw.style.color = item.color;
        label.appendChild(sw);
      }
      label.appendChild(el("span", item.name));
      label.appendChild(el("span", item.count, "kg-count"));
      box.appendChild(label);
    });
    box.setAttribute("data-facet", title.toLowerCase().split(" ")[0]);
    return box;
  }

  function countBy(field) {
    var counts = {};
    data.nodes.forEach(function (n) {
      (Array.isArray(n[field]) ? n[field] : [n[field]]).forEach(function (v) {
        if (v) { counts[v] = (counts[v] || 0) + 1; }
      });
    });
    return counts;
  }

  function buildSide() {
    var side = document.getElementById("kg-side");
    side.appendChild(facet("Classes (legend)", data.legend.map(function (k) {
      return { key: k.key, name: k.name, count: k.count, color: k.color, swatch: SHAPE_SYMBOLS[k.shape] || "\u25cf" };
    }), state.kind));
    var grades = data.grades.filter(function (g) { return g.count > 0; });
    if (grades.length) {
      side.appendChild(facet("Grades", grades.map(function (g) {
        return { key: g.key, name: g.key, count: g.count, color: g.color, swatch: "\u25cf" };
      }), state.grade));
    }
    var forceCounts = countBy("forces");
    if (data.forces.length) {
      side.appendChild(facet("Forces", data.forces.map(function (f) {
        return { key: f.id, name: f.label, count: forceCounts[f.id] };
      }), state.force));
    }
    var periodCounts = countBy("periods");
    if (data.periods.length) {
      side.appendChild(facet("Periods", data.periods.map(function (p) {
        return { key: p, name: p, count: periodCounts[p] };
      }), state.period));
    }
  }

  // ---------------------------------------------------------------- notice (nodes left out)

  function buildNotice() {
    var kinds = Object.keys(data.omitted);
    if (!kinds.length) { return; }
    var notice = document.getElementById("kg-notice");
    var total = kinds.reduce(function (sum, k) { return sum + data.omitted[k]; }, 0);
    notice.appendChild(el("strong", "This page draws " + data.nodes.length + " of " +
      (data.nodes.length + total) + " nodes, so that the browser can lay it out. "));
    notice.appendChild(el("span", "Left out: " + kinds.map(function (k) {
      return data.omitted[k] + " \u00d7 " + k;
    }).join(", ") + ". To see them, narrow the page:"));
    var list = el("ul");
    data.hints.forEach(function (h) { list.appendChild(el("li")).appendChild(el("code", h)); });
    notice.appendChild(list);
    notice.hidden = false;
  }

  // ---------------------------------------------------------------- side panel

  function link(id, text) {
    var b = el("button", text, "kg-link");
    b.type = "button";
    b.addEventListener("click", function () { select(id); });
    return b;
  }

  function section(body, title, child) {
    body.appendChild(el("h3", title));
    body.appendChild(child);
  }

  function showPanel(id) {
    var panel = document.getElementById("kg-panel");
    var body = document.getElementById("kg-panel-body");
    var n = byId[id];
    var d = data.details[id];
    body.replaceChildren();
    if (!n || !d) { panel.hidden = true; return; }
    body.appendChild(el("h2", n.label));
    body.appendChild(el("p", d.kind + (n.hidden ? " (hidden by filters)" : ""), "kg-kind"));
    body.appendChild(el("p", d.iri, "kg-iri"));
    if (d.evidence.length) {
      var quotes = el("div", null, "kg-evidence");
      d.evidence.forEach(function (s) { quotes.appendChild(el("blockquote", s)); });
      if (d.pages) { quotes.appendChild(el("p", (d.pages.length > 1 ? "pages " : "page ") + d.pages.join(", "), "kg-page")); }
      section(body, "Evidence", quotes);
    }
    if (d.sources.length) {
      var docs = el("ul", null, "kg-sources");
      d.sources.forEach(function (s) {
        var li = el("li");
        li.appendChild(byId[s.id] ? link(s.id, s.file) : el("span", s.file, "kg-file"));
        if (s.sha256) { li.appendChild(el("span", " sha256 " + s.sha256, "kg-sha")); }
        if (s.title) { li.appendChild(el("div", s.title)); }
        docs.appendChild(li);
      });
      section(body, "Source documents", docs);
    }
    if (d.props.length) {
      var dl = el("dl", null, "kg-props");
      d.props.forEach(function (p) {
        dl.appendChild(el("dt", p[0]));
        var dd = el("dd");
        dd.appendChild(p[2] && byId[p[2]] ? link(p[2], p[1]) : document.createTextNode(p[1]));
        dl.appendChild(dd);
      });
      section(body, "Properties", dl);
    }
    var links = connections(id);
    if (links.childNodes.length) { section(body, "Connections", links); }
    panel.hidden = false;
  }

  function connections(id) {
    var list = el("ul", null, "kg-connections");
    network.getConnectedEdges(id).forEach(function (edgeId) {
      var e = edges.get(edgeId);
      if (!e) { return; }
      var outgoing = e.from === id;
      var other = outgoing ? e.to : e.from;
      var li = el("li", outgoing ? e.label + " \u2192 " : "\u2190 " + e.label + " ");
      li.appendChild(link(other, byId[other] ? byId[other].label : other));
      list.appendChild(li);
    });
    return list;
  }

  function select(id) {
    if (!byId[id]) { return; }
    var n = nodes.get(id);
    if (n && !n.hidden) {
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
    }
    showPanel(id);
  }

  network.on("click", function (params) {
    if (params.nodes.length) { showPanel(params.nodes[0]); }
  });
  document.getElementById("kg-panel-close").addEventListener("click", function () {
    document.getElementById("kg-panel").hidden = true;
    network.unselectAll();
  });

  // ---------------------------------------------------------------- search

  var searchIndex = data.nodes.map(function (n) {
    return { id: n.id, text: (n.label + "\n" + n.hover).toLowerCase() };
  });

  function search(query) {
    var q = query.trim().toLowerCase();
    if (q.length < 2) { return []; }
    var hits = [];
    for (var i = 0; i < searchIndex.length && hits.length < 30; i++) {
      if (searchIndex[i].text.indexOf(q) !== -1) { hits.push(searchIndex[i].id); }
    }
    return hits;
  }

  function showResults(hits) {
    var list = document.getElementById("kg-results");
    list.replaceChildren();
    hits.forEach(function (id) {
      var b = el("button", byId[id].label);
      b.type = "button";
      b.appendChild(el("span", kindNames[byId[id].kind] || byId[id].kind, "kg-kind"));
      b.addEventListener("click", function () { list.hidden = true; select(id); });
      list.appendChild(el("li")).appendChild(b);
    });
    list.hidden = hits.length === 0;
  }

  var input = document.getElementById("kg-search");
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { showResults(search(input.value)); }, 120);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var hits = search(input.value);
      document.getElementById("kg-results").hidden = true;
      if (hits.length) { select(hits[0]); }
    } else if (event.key === "Escape") {
      document.getElementById("kg-results").hidden = true;
    }
  });

  buildSide();
  buildNotice();
  updateStatus();
})();
