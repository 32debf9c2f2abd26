/// The few lines of plain JavaScript behind the live evaluation. The form works without them: the server
/// judges every saved figure. With them, each change of a value asks the server's one engine
/// (`/entry/…/evaluate`) for the label and % KH, so the rules are never written twice.
enum EntryScript {
    static let js = """
        "use strict";
        document.querySelectorAll("fieldset.figure[data-evaluate]").forEach(function (row) {
          var url = row.getAttribute("data-evaluate");
          var output = row.querySelector("output");
          var explain = row.querySelector("details.explain");
          var inputs = row.querySelectorAll("[data-live]");
          var timer = null, asked = 0;
          function ask() {
            var query = "";
            inputs.forEach(function (input) {
              query += "&" + input.getAttribute("data-live") + "=" + encodeURIComponent(input.value);
            });
            var mine = ++asked;
            fetch(url + query, { credentials: "same-origin", headers: { "Accept": "application/json" } })
              .then(function (response) { return response.json(); })
              .then(function (result) {
                if (mine !== asked) { return; }
                output.textContent = result.text;
                output.className = "evaluation " + result.cssClass;
                output.title = result.reason;
                if (result.shortfall && explain) { explain.open = true; }
              })
              .catch(function () {});
          }
          inputs.forEach(function (input) {
            input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(ask, 250); });
            input.addEventListener("change", ask);
          });
        });
        """
}
