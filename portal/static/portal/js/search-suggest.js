// Suggest page titles under the header search box. Without this script the
// box is a plain GET form to the search page and works the same.
(function () {
  "use strict";
  var form = document.querySelector("form[data-suggest-url]");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input[name=q]");
  var list = document.getElementById(input.getAttribute("list"));
  var timer = null;
  var latest = "";

  function fill(results) {
    list.textContent = "";
    results.forEach(function (result) {
      var option = document.createElement("option");
      option.value = result.title;
      option.label = result.type;
      list.appendChild(option);
    });
  }

  function ask(text) {
    latest = text;
    var url = form.dataset.suggestUrl + "?q=" + encodeURIComponent(text);
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) { if (data.query === latest.trim()) fill(data.results); })
      .catch(function () { fill([]); });
  }

  input.addEventListener("input", function () {
    var text = input.value;
    clearTimeout(timer);
    if (text.trim().length < 2) { fill([]); return; }
    timer = setTimeout(function () { ask(text); }, 200);
  });
})();
