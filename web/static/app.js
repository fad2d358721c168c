// jdlint web: small enhancements only. Every page works without this file.
(function () {
  "use strict";

  var announce = document.getElementById("announce");

  function say(message) {
    if (!announce) return;
    announce.textContent = "";
    window.setTimeout(function () { announce.textContent = message; }, 50);
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "visually-hidden";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy failed")); }
    });
  }

  // A copy button after every suggested text.
  document.querySelectorAll("[data-copy]").forEach(function (el) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy";
    var label = document.getElementById(el.id + "-label");
    button.setAttribute("aria-label", "Copy the suggested words" + (label ? ": " + el.textContent.slice(0, 60) : ""));
    button.addEventListener("click", function () {
      copyText(el.textContent.trim()).then(function () {
        button.textContent = "Copied";
        say("Suggested words copied.");
        window.setTimeout(function () { button.textContent = "Copy"; }, 2000);
      }, function () {
        say("Could not copy: select the words and copy them yourself.");
      });
    });
    el.insertAdjacentElement("afterend", button);
  });

  // Text or a file over the upload limit is stopped here, before it is sent: the server
  // would refuse it without reading it, so the pasted text would be lost. It stays put.
  var check = document.querySelector("form.check[data-max-bytes]");
  if (check) {
    check.addEventListener("submit", function (event) {
      var max = parseInt(check.getAttribute("data-max-bytes"), 10);
      var area = check.querySelector("textarea[name=text]");
      var file = check.querySelector("input[type=file]");
      var size = area ? new TextEncoder().encode(area.value).length : 0;
      if (file && file.files && file.files.length) size += file.files[0].size;
      if (!max || size + 16384 <= max) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      var mb = (size / 1048576).toFixed(1);
      var message = "What you chose to send is " + mb + " MB, over the limit of " +
        check.getAttribute("data-max-label") + ", so nothing was sent. Your text is kept: " +
        "paste just the advert, without anything else, or save a smaller copy of the file.";
      var alert = document.getElementById("size-error");
      if (!alert) {
        alert = document.createElement("div");
        alert.id = "size-error";
        alert.className = "alert";
        alert.setAttribute("role", "alert");
        alert.setAttribute("tabindex", "-1");
        var head = document.createElement("h2");
        head.textContent = "We could not check that advert";
        alert.appendChild(head);
        alert.appendChild(document.createElement("p"));
        check.parentNode.insertBefore(alert, check);
      }
      alert.querySelector("p").textContent = message;
      alert.focus();
    });
  }

  // Say that a check is under way, and stop a double submit. The busy words come from the
  // button pressed (data-busy) or, for its own submit button, from the form; a download
  // button (formaction, no data-busy) is left alone: the page stays.
  document.querySelectorAll("form").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var button = event.submitter || form.querySelector("button[type=submit]");
      if (!button) return;
      var busy = button.getAttribute("data-busy") ||
        (!button.hasAttribute("formaction") && form.getAttribute("data-busy"));
      if (!busy) return;
      window.setTimeout(function () {
        button.disabled = true;
        button.textContent = busy;
      }, 0);
      say(busy);
    });
  });

  // Print (or save as PDF) the result page: every "Why this matters" opens on paper.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  var print = document.getElementById("print");
  if (print && window.print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }

  // Following a link to a card or a highlight moves keyboard focus there too.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href^='#']");
    if (!link) return;
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    window.setTimeout(function () { target.focus({ preventScroll: true }); }, 0);
  });

  // Put focus on an error message so screen readers read it.
  var error = document.getElementById("form-error");
  if (error) error.focus();
})();
