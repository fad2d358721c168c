// jdlint web: a fix card's "Apply" without a page reload. Without this file (or without
// fetch), the button posts the form and the page reloads with the same result.
(function () {
  "use strict";
  if (!window.fetch || !window.DOMParser || !window.FormData) return;

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button.apply");
    var form = document.getElementById("resend");
    if (!button || !form) return;
    event.preventDefault();
    var data = new FormData(form);
    data.append("apply", button.value);
    button.disabled = true;
    button.textContent = "Applying…";
    fetch(button.getAttribute("formaction"), { method: "POST", body: data, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("status " + response.status);
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var main = page.querySelector("main");
        if (!main) throw new Error("no result");
        document.querySelector("main").replaceWith(main);
        document.title = page.title;
        // The page's enhancements (copy buttons, focus) for the new content.
        var again = document.createElement("script");
        again.src = document.querySelector("script[src*='app.js']").src;
        document.body.appendChild(again);
        var notice = document.getElementById("fix-notice");
        if (notice) {
          notice.setAttribute("tabindex", "-1");
          notice.focus();
        }
      })
      .catch(function () {
        // Fall back to the plain form post.
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = "apply";
        input.value = button.value;
        form.appendChild(input);
        form.action = button.getAttribute("formaction");
        form.submit();
      });
  });
})();
