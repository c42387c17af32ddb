// The kiosk: a ticket can be printed, and the machine goes back to its start page (in Polish) for the
// next visitor after a while without a touch.
(function () {
  "use strict";
  var print = document.querySelector(".ticket-actions .print");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
  var main = document.querySelector("main[data-start-over]");
  var idle = null;
  function restart() {
    if (!main) return;
    window.clearTimeout(idle);
    idle = window.setTimeout(function () { window.location.assign(main.dataset.startOver); }, 60000);
  }
  ["click", "keydown", "touchstart"].forEach(function (name) { document.addEventListener(name, restart); });
  restart();
})();
