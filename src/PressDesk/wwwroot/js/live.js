// Keeps the dashboard live: Server-Sent Events from /events bring alerts (shown on the page and,
// when allowed, as system notifications) and "requests changed" (the dashboard list is reloaded).
(function () {
  "use strict";
  const status = document.getElementById("live-status");
  const alerts = document.getElementById("live-alerts");
  const dashboard = document.getElementById("dashboard");
  const enable = document.getElementById("enable-notifications");

  if ("Notification" in window && Notification.permission === "default") {
    enable.hidden = false;
    enable.addEventListener("click", async () => {
      await Notification.requestPermission();
      enable.hidden = Notification.permission !== "default";
    });
  }

  async function reload() {
    const response = await fetch("/?handler=Live", { credentials: "same-origin" });
    if (response.redirected) { window.location.reload(); return; }   // signed out meanwhile
    if (response.ok && response.headers.get("content-type")?.startsWith("text/html")) {
      dashboard.innerHTML = await response.text();
    }
  }

  function showAlert(alert) {
    const item = document.createElement("div");
    item.className = "live-alert";
    item.dataset.kind = alert.kind;
    item.dataset.alertId = alert.alertId;
    const link = document.createElement("a");
    link.href = alert.link;
    link.textContent = alert.title;   // text, never HTML: names come from third parties
    const body = document.createElement("p");
    body.textContent = alert.body;
    const close = document.createElement("button");
    close.type = "button";
    close.className = "dismiss";
    close.textContent = "×";
    close.setAttribute("aria-label", alerts.dataset.dismiss);
    close.addEventListener("click", () => item.remove());
    item.append(link, body, close);
    alerts.prepend(item);

    if ("Notification" in window && Notification.permission === "granted") {
      const notification = new Notification(alert.title, { body: alert.body, tag: "pressdesk-alert-" + alert.alertId });
      notification.onclick = () => { window.focus(); window.location.href = alert.link; };
    }
  }

  const events = new EventSource("/events");
  events.addEventListener("ready", () => { status.textContent = status.dataset.live; status.dataset.state = "live"; });
  events.addEventListener("alert", (e) => showAlert(JSON.parse(e.data)));
  events.addEventListener("requests", () => reload());
  events.onerror = () => { status.textContent = status.dataset.offline; status.dataset.state = "offline"; };
})();
