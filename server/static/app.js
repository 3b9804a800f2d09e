// accord: the little script the pages use. Without it every page works;
// with it, selecting a highlighted span of a report shows its coding beside
// the text instead of jumping to the list below.
(function () {
  "use strict";

  function reportPage() {
    var text = document.getElementById("report-text");
    var panel = document.getElementById("coding-panel");
    var out = document.getElementById("coding-selected");
    if (!text || !panel || !out) {
      return;
    }

    function select(ids) {
      var marked = text.querySelectorAll("a.hl.sel");
      for (var i = 0; i < marked.length; i++) {
        marked[i].classList.remove("sel");
      }
      while (out.firstChild) {
        out.removeChild(out.firstChild);
      }
      var shown = 0;
      ids.forEach(function (id) {
        var src = document.getElementById("coding-" + id);
        if (!src) {
          return;
        }
        var copy = src.cloneNode(true);
        copy.removeAttribute("id");
        copy.classList.add("selected");
        out.appendChild(copy);
        shown++;
      });
      if (ids.length > 0) {
        var spans = text.querySelectorAll("a.hl");
        for (var j = 0; j < spans.length; j++) {
          var own = (spans[j].getAttribute("data-ann") || "").split(" ");
          if (own.indexOf(ids[0]) >= 0) {
            spans[j].classList.add("sel");
          }
        }
      }
      panel.classList.toggle("has-selection", shown > 0);
    }

    text.addEventListener("click", function (ev) {
      var a = ev.target.closest("a.hl");
      if (!a) {
        return;
      }
      ev.preventDefault();
      select((a.getAttribute("data-ann") || "").split(" ").filter(Boolean));
      if (history.replaceState) {
        history.replaceState(null, "", "#ann-" + a.getAttribute("data-ann").split(" ")[0]);
      }
    });

    // A link to #ann-<id> (from a commitment, an event) selects it.
    var m = /^#ann-([A-Za-z0-9-]+)$/.exec(location.hash);
    if (m) {
      select([m[1]]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", reportPage);
  } else {
    reportPage();
  }
})();
