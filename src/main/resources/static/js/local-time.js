// Adds the reader's own time beside an event's time when the reader's time zone differs from the
// event's. Without JavaScript the page still shows the event's time and zone.
document.addEventListener("DOMContentLoaded", function () {
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  document.querySelectorAll("time[data-local-time]").forEach(function (el) {
    var eventZone = el.getAttribute("data-zone");
    var start = new Date(el.getAttribute("datetime"));
    if (isNaN(start) || !zone || zone === eventZone) return;
    var label = el.getAttribute("data-label") || "";
    var text = new Intl.DateTimeFormat(document.documentElement.lang, {
      dateStyle: "medium", timeStyle: "short", timeZone: zone
    }).format(start);
    var span = document.createElement("span");
    span.className = "text-muted small ms-1 local-time";
    span.textContent = "(" + label + " " + text + ", " + zone + ")";
    el.after(span);
  });
});
