// "Turn on notifications on this device": subscribes this browser at its push service with
// PressDesk's VAPID key and tells PressDesk (POST /push/subscriptions), or undoes it. The service
// worker is pwa.js's (/sw.js); this only waits for it. Texts come from the panel's data-text-*.
(() => {
  const panel = document.querySelector('[data-push]');
  if (!panel) return;
  const toggle = panel.querySelector('[data-push-toggle]');
  const status = panel.querySelector('[data-push-status]');
  const token = panel.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';
  const say = (key) => { status.textContent = panel.dataset[key] ?? ''; };

  const standalone = matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;
  const iOS = /iPhone|iPad|iPod/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
  if (iOS && !standalone) {
    // Safari offers push only to a web app added to the Home Screen (iOS 16.4+).
    panel.querySelector('[data-push-ios]').hidden = false;
    return;
  }
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
    say('textUnsupported');
    return;
  }

  const known = JSON.parse(panel.dataset.known || '[]');
  const hash = async (text) => [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))]
    .map((b) => b.toString(16).padStart(2, '0')).join('');
  const keyBytes = (base64url) => Uint8Array.from(atob(base64url.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  const send = (method, url, body) => fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': token },
    body: body && JSON.stringify(body),
    credentials: 'same-origin',
  });

  const doneKey = 'pressdesk-push-done';
  let registration;
  let subscription;

  // The label says what a press does, so the button is not also aria-pressed (its name would
  // contradict its state); data-on keeps the state for the click handler.
  const show = async () => {
    subscription = await registration.pushManager.getSubscription();
    const on = subscription !== null && known.includes(await hash(subscription.endpoint));
    toggle.dataset.on = String(on);
    toggle.textContent = on ? panel.dataset.textOff : panel.dataset.textOn;
    toggle.hidden = false;
    if (Notification.permission === 'denied') say('textBlocked');
    const done = sessionStorage.getItem(doneKey);
    if (done !== null) {
      // The page reloaded to list the devices: a keyboard user is put back on the toggle and told what changed.
      sessionStorage.removeItem(doneKey);
      say(done);
      toggle.focus();
    }
  };

  const reloadSaying = (key) => {
    sessionStorage.setItem(doneKey, key);
    location.reload();
  };

  const turnOn = async () => {
    if (await Notification.requestPermission() !== 'granted') { say('textBlocked'); return; }
    const key = await (await fetch('/push/public-key', { credentials: 'same-origin' })).text();
    subscription ??= await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key) });
    if (!(await send('POST', '/push/subscriptions', subscription.toJSON())).ok) throw new Error('refused');
    reloadSaying('textNowOn');   // the device list shows the new device
  };

  const turnOff = async () => {
    await send('DELETE', `/push/subscriptions?endpoint=${encodeURIComponent(subscription.endpoint)}`);
    await subscription.unsubscribe();
    reloadSaying('textNowOff');
  };

  toggle.addEventListener('click', async () => {
    toggle.disabled = true;
    try {
      if (toggle.dataset.on === 'true') await turnOff(); else await turnOn();
    } catch {
      say('textFailed');
    } finally {
      toggle.disabled = false;
    }
  });

  navigator.serviceWorker.ready.then((ready) => { registration = ready; return show(); }).catch(() => say('textUnsupported'));
})();
