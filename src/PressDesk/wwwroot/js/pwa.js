// Registers the service worker (sw.js) that makes PressDesk installable, shows the offline page
// and receives push notifications; then tells it the page's language, for the offline page.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {});
  navigator.serviceWorker.ready.then((registration) => {
    registration.active?.postMessage({ language: document.documentElement.lang });
  });
})();
