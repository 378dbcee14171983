// Keeps the dashboard live: Server-Sent Events from /events say when an alert fired (the banners are
// fetched again and, when allowed, a system notification shows) and when requests changed (the list
// and the banners are fetched again). The server renders both, so a live dashboard shows what a
// reloaded one would: one banner per open request, its newest alert, until dismissed.
(function () {
  "use strict";
  const status = document.getElementById("live-status");
  const dashboard = document.getElementById("dashboard");
  const enable = document.getElementById("enable-notifications");

  if ("Notification" in window && Notification.permission === "default") {
    enable.hidden = false;
    enable.addEventListener("click", async () => {
      await Notification.requestPermission();
      enable.hidden = Notification.permission !== "default";
    });
  }

  // Runs fetch-and-swap once at a time; a call meanwhile runs it once more afterwards.
  function serial(work) {
    let running = null, again = false;
    return async function run() {
      if (running) { again = true; return running; }
      running = (async () => {
        do { again = false; await work(); } while (again);
      })().finally(() => { running = null; });
      return running;
    };
  }

  async function fetchHtml(url) {
    const response = await fetch(url, { credentials: "same-origin" });
    if (response.redirected) { window.location.reload(); return null; }   // signed out meanwhile
    const html = response.ok && response.headers.get("content-type")?.startsWith("text/html");
    return html ? await response.text() : null;
  }

  const reloadList = serial(async () => {
    const html = await fetchHtml("/?handler=Live&show=" + encodeURIComponent(new URLSearchParams(location.search).get("show") ?? ""));
    if (html !== null) dashboard.innerHTML = html;
  });

  // Banners already shown stay in place (a screen reader does not hear them again); stale ones go,
  // new ones come on top, newest first, as the server orders them.
  const reloadBanners = serial(async () => {
    const mine = document.getElementById("live-alerts")?.dataset.mine === "true";
    const html = await fetchHtml(mine ? "/?handler=Alerts&mine=true" : "/?handler=Alerts");
    if (html === null) return;
    const template = document.createElement("template");
    template.innerHTML = html;
    const fresh = template.content.querySelector("#live-alerts");
    const current = document.getElementById("live-alerts");
    if (!fresh || !current) return;
    const wanted = new Set([...fresh.children].map((b) => b.dataset.alertId));
    for (const banner of [...current.children]) if (!wanted.has(banner.dataset.alertId)) banner.remove();
    const shown = new Set([...current.children].map((b) => b.dataset.alertId));
    const added = [...fresh.children].filter((b) => !shown.has(b.dataset.alertId));
    current.prepend(...added);
  });

  // Dismiss sends the banner's own form in the background; the server's redirect means it is stored.
  document.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!form.classList.contains("dismiss-form")) return;
    event.preventDefault();
    const response = await fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin", redirect: "manual" });
    if (response.type === "opaqueredirect" || response.ok) form.closest(".live-alert")?.remove();
    reloadBanners();
  });

  // The same tag as the service worker's push notification, so a device that gets both shows one.
  async function notify(alert) {
    if (!("Notification" in window) || Notification.permission !== "granted") return;
    const options = { body: alert.body, tag: "pressdesk-request-" + alert.requestId, renotify: true, data: { url: alert.link } };
    const registration = await navigator.serviceWorker?.getRegistration();
    if (registration) {
      await registration.showNotification(alert.title, { ...options, icon: "/icons/icon-192.png", badge: "/icons/badge-96.png" });
      return;
    }
    const notification = new Notification(alert.title, options);
    notification.onclick = () => { window.focus(); window.location.href = alert.link; };
  }

  const events = new EventSource("/events");
  events.addEventListener("ready", () => {
    status.textContent = status.dataset.live;
    status.dataset.state = "live";
    reloadBanners();   // what fired between the page's rendering and now (or while the stream was down)
  });
  // Every dashboard hears every alert; only one whose banner this view shows (the assignee's, or
  // everyone's on "Everyone's") raises a desktop notification here.
  events.addEventListener("alert", async (e) => {
    const alert = JSON.parse(e.data);
    await reloadBanners();
    // A callback's reminder has no banner: it is for the member who calls back.
    if (alert.kind === "callback") {
      if (String(alert.userId) === document.getElementById("live-alerts")?.dataset.userId) notify(alert);
      return;
    }
    if (document.querySelector(`#live-alerts [data-alert-id="${Number(alert.alertId)}"]`)) notify(alert);
  });
  events.addEventListener("requests", () => {
    reloadList();
    reloadBanners();
  });
  events.onerror = () => { status.textContent = status.dataset.offline; status.dataset.state = "offline"; };
})();
