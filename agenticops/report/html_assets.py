"""The style sheet and the sorting script inlined into the HTML report (no network, ever)."""

from __future__ import annotations

#: nothing may be loaded from anywhere: only the inline style and script run
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"

STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1150px;
       padding: 0 1.5em 3em; color: #1f2328; background: #fff; }
h1 { margin: .6em 0 .2em; } h2 { margin-top: 1.6em; border-bottom: 1px solid #d0d7de; }
.verdict { padding: .2em 1em .8em; border-radius: 8px; margin-top: 1em; }
.verdict.passed { background: #dafbe1; } .verdict.failed { background: #ffebe9; }
.facts { color: #59636e; }
table { border-collapse: collapse; margin: .5em 0; }
th, td { padding: .25em .7em; border-bottom: 1px solid #eaeef2; text-align: left;
         vertical-align: top; }
th { background: #f6f8fa; }
table.sortable th { cursor: pointer; user-select: none; }
th[aria-sort=descending]::after { content: " ▼"; } th[aria-sort=ascending]::after { content: " ▲"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.status { font-weight: 600; border-radius: 4px; padding: 0 .4em; }
.status.passed { color: #1a7f37; } .status.failed { color: #cf222e; }
.status.not_run { color: #9a6700; } .status.off { color: #59636e; }
tr.offender td { background: #fff8c5; }
table.source { width: 100%; font: 13px/1.4 ui-monospace, monospace; }
table.source td { border: 0; padding: 0 .6em; white-space: pre; }
table.source td.ln { color: #8c959f; text-align: right; width: 3em; user-select: none; }
table.source td.mark { width: 3.5em; color: #cf222e; font-weight: 700; }
tr.missed td.code { background: #fff0f0; }
tr.survivor td { background: #ffd7d5; }
tr.diffs td { background: #f6f8fa; white-space: normal; }
.mutant { margin: .3em 0 .6em; } .mutant p { margin: .2em 0; font-family: system-ui, sans-serif; }
pre.diff { margin: 0; padding: .4em .6em; background: #fff; border: 1px solid #d0d7de;
           border-radius: 6px; overflow-x: auto; }
.add { color: #1a7f37; } .del { color: #cf222e; }
.missing { color: #cf222e; font-style: italic; }
li.failed-test pre, pre.output { background: #f6f8fa; padding: .5em .8em; border-radius: 6px;
                                 overflow-x: auto; font-size: 13px; }
footer { margin-top: 3em; color: #59636e; font-size: 13px; }
"""

SCRIPT = """
(function () {
  "use strict";
  var table = document.getElementById("functions-table");
  if (!table) { document.documentElement.setAttribute("data-ready", "true"); return; }
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  function value(row, index, numeric) {
    var cell = row.cells[index];
    var raw = cell.getAttribute("data-value");
    if (numeric) { return raw === null || raw === "" ? -Infinity : parseFloat(raw); }
    return cell.textContent;
  }
  function sortBy(index, descending) {
    var head = heads[index];
    var numeric = head.getAttribute("data-type") === "number";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a, index, numeric), y = value(b, index, numeric);
      var order = numeric ? (x < y ? -1 : x > y ? 1 : 0) : x.localeCompare(y);
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
    head.setAttribute("aria-sort", descending ? "descending" : "ascending");
    var suffix = descending ? "-desc" : "-asc";
    table.setAttribute("data-sort", head.getAttribute("data-key") + suffix);
  }
  heads.forEach(function (head, index) {
    head.addEventListener("click", function () {
      var key = head.getAttribute("data-key");
      sortBy(index, table.getAttribute("data-sort") !== key + "-desc");
    });
  });
  var wanted = /sort=([a-z]+)-(asc|desc)/.exec(window.location.hash);
  var key = wanted ? wanted[1] : "crap";
  var index = heads.map(function (h) { return h.getAttribute("data-key"); }).indexOf(key);
  sortBy(index < 0 ? heads.length - 1 : index, wanted ? wanted[2] === "desc" : true);
  document.documentElement.setAttribute("data-ready", "true");
})();
"""
