// PressDesk's service worker (scope "/"), registered by js/pwa.js. It does three things:
// - a page that cannot be reached shows the offline page, precached with the few files it needs;
// - a push message becomes a system notification (payload: see the README's "Push notifications");
// - a click on a notification brings PressDesk to the request's page, where its number is; its
//   buttons ("I'm on it", "Away 1 h") post to the notification's own action URL, without the cookie.
// Nothing else is cached: signed-in pages and API answers hold press contacts and must never be
// kept on the device, so every other request goes to the network as if there were no worker.
"use strict";

const CACHE = "pressdesk-offline-v1";
const OFFLINE = "/offline";
const PRECACHED = [OFFLINE, "/css/site.css", "/icons/icon-192.png", "/icons/badge-96.png"];

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(PRECACHED);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    // The page's own request starts while the worker wakes up, so a navigation costs no extra wait.
    if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  if (request.mode === "navigate") {
    event.respondWith(navigate(event));
    return;
  }
  const url = new URL(request.url);
  if (url.origin === self.location.origin && PRECACHED.includes(url.pathname)) event.respondWith(precached(request));
});

// The network's answer, never stored; the offline page when there is none.
async function navigate(event) {
  try {
    return (await event.preloadResponse) || (await fetch(event.request));
  } catch {
    return (await caches.match(OFFLINE)) || Response.error();
  }
}

// The offline page's style sheet and icons: fresh from the network while it answers (they carry a
// version query there), from the cache when it does not.
async function precached(request) {
  try {
    return await fetch(request);
  } catch {
    return (await caches.match(request, { ignoreSearch: true })) || Response.error();
  }
}

// pwa.js says which language the reader's pages are in; the offline page follows it.
self.addEventListener("message", (event) => {
  if (event.data && typeof event.data.language === "string") event.waitUntil(refreshOffline(event.data.language));
});

async function refreshOffline(language) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(OFFLINE);
  if (cached && cached.headers.get("Content-Language") === language) return;
  await cache.add(OFFLINE);
}

self.addEventListener("push", (event) => {
  event.waitUntil(showNotification(readPush(event.data)));
});

function readPush(data) {
  try {
    return (data && data.json()) || {};
  } catch {
    return {};
  }
}

// The payload's words are plain text, and the system shows them as such.
function showNotification(message) {
  const text = (value) => (typeof value === "string" ? value : "");
  const tag = text(message.tag) || (Number.isInteger(message.requestId) ? "pressdesk-request-" + message.requestId : "pressdesk");
  const actions = Array.isArray(message.actions)
    ? message.actions.filter((a) => a && typeof a.action === "string" && typeof a.title === "string")
        .map((a) => ({ action: a.action, title: a.title }))
    : [];
  const actionUrl = actions.length > 0 ? actionAddress(message.actionUrl) : null;
  return self.registration.showNotification(text(message.title) || "PressDesk", {
    body: text(message.body),
    tag,
    renotify: true,
    actions: actionUrl ? actions : [],
    data: { url: requestPage(message.url), actionUrl },
    icon: "/icons/icon-192.png",
    badge: "/icons/badge-96.png",
  });
}

// Only a page of this PressDesk: a payload cannot send the user elsewhere.
function requestPage(address) {
  try {
    const url = new URL(typeof address === "string" ? address : "/", self.location.origin);
    return url.origin === self.location.origin ? url.pathname + url.search + url.hash : "/";
  } catch {
    return "/";
  }
}

// Only this PressDesk's /push/actions/ addresses: a payload cannot make the worker post elsewhere.
function actionAddress(address) {
  try {
    const url = new URL(typeof address === "string" ? address : "", self.location.origin);
    return url.origin === self.location.origin && url.pathname.startsWith("/push/actions/") ? url.pathname : null;
  } catch {
    return null;
  }
}

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const data = event.notification.data || {};
  if (event.action && data.actionUrl) {
    event.waitUntil(act(data.actionUrl, event.action, requestPage(data.url)));
    return;
  }
  event.waitUntil(openPage(requestPage(data.url)));
});

// The token in the address is the capability: no cookie is sent. When the action did not go
// through (expired, handed on meanwhile, offline), the request's page opens so the user can act there.
async function act(address, action, page) {
  try {
    const response = await fetch(address, {
      method: "POST",
      credentials: "omit",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ action }),
    });
    if (response.ok) return;
  } catch {
    // fall through to the page
  }
  await openPage(page);
}

// An open PressDesk window goes to the page (and comes to the front); else a new one opens on it.
async function openPage(path) {
  const windows = await self.clients.matchAll({ type: "window" });
  for (const client of windows) {
    const moved = await client.navigate(path).catch(() => null);
    if (moved) {
      await moved.focus().catch(() => {});
      return;
    }
  }
  await self.clients.openWindow(path);
}
