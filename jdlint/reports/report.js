/* jdlint HTML report: sortable summary table, expand/collapse, copy buttons.
   The page works without this script; it only adds to it. */
(function () {
  "use strict";

  // --- sortable tables: a button in each header, aria-sort on the sorted column ---
  function cellValue(row, index, numeric) {
    var cell = row.children[index];
    if (!cell) return null;
    var raw = cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent;
    raw = raw.trim();
    if (raw === "") return null;  // no value: always sorted last
    if (numeric) {
      var n = parseFloat(raw);
      return isNaN(n) ? null : n;
    }
    return raw.toLowerCase();
  }

  function sortTable(table, header, index) {
    var numeric = header.getAttribute("data-sort") === "number";
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var collator = typeof Intl !== "undefined" ? new Intl.Collator(undefined, { numeric: true, sensitivity: "base" }) : null;
    rows.forEach(function (row, i) { row.setAttribute("data-order", String(i)); });
    rows.sort(function (a, b) {
      var x = cellValue(a, index, numeric);
      var y = cellValue(b, index, numeric);
      var c;
      if (x === null || y === null) {
        c = x === y ? 0 : (x === null ? 1 : -1);
      } else {
        if (numeric) c = x === y ? 0 : (x < y ? -1 : 1);
        else c = collator ? collator.compare(x, y) : (x < y ? -1 : (x > y ? 1 : 0));
        if (!ascending) c = -c;
      }
      return c || (Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order")));
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var status = document.getElementById("sort-status");
    if (status) {
      status.textContent = "Sorted by " + header.textContent.trim() + ", " + (ascending ? "ascending" : "descending") + ".";
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), function (table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      if (!th.hasAttribute("data-sort")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () { sortTable(table, th, index); });
    });
    var status = document.createElement("p");
    status.id = "sort-status";
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    table.parentNode.parentNode.insertBefore(status, table.parentNode.nextSibling);
  });

  // --- details: open the one a link points at; expand / collapse all; print all ---
  var files = document.querySelectorAll("details.file");
  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    var target = document.getElementById(id);
    if (target && target.tagName === "DETAILS") target.open = true;
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
  Array.prototype.forEach.call(document.querySelectorAll("[data-js-only]"), function (el) { el.hidden = false; });
  Array.prototype.forEach.call(document.querySelectorAll("[data-expand]"), function (button) {
    button.addEventListener("click", function () {
      var open = button.getAttribute("data-expand") === "open";
      Array.prototype.forEach.call(files, function (d) { d.open = open; });
    });
  });
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(files, function (d) { d.open = true; });
  });

  // --- copy buttons for suggested wording ---
  if (navigator.clipboard && navigator.clipboard.writeText) {
    Array.prototype.forEach.call(document.querySelectorAll("[data-copy]"), function (quote) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy";
      button.textContent = "Copy wording";
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(quote.textContent.trim()).then(function () {
          button.textContent = "Copied";
          setTimeout(function () { button.textContent = "Copy wording"; }, 2000);
        }, function () {
          button.textContent = "Copy failed: select the text instead";
        });
      });
      quote.parentNode.insertBefore(button, quote.nextSibling);
    });
  }
})();
