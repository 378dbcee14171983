// Setup: starts the time-zone list on the browser's own zone, when the server knows it, unless the
// person already chose one (the form came back with a problem).
(function () {
  "use strict";
  const field = document.querySelector("select[data-browser-time-zone='on']");
  if (!field) return;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && Array.from(field.options).some((option) => option.value === zone)) field.value = zone;
})();
