// Ticks every response clock and deadline on the page once a second, from the timestamps the
// server rendered, corrected for the difference between this device's clock and the server's.
(function () {
  "use strict";
  const body = document.body;
  const skew = Number(body.dataset.serverNow) - Date.now();
  // The sentences come from the server's resources ("{0} left" / "{0} restantes"); the units from
  // the browser's own Intl data in the page's language ("9 min 58 s", "9m 58s").
  const label = {
    left: body.dataset.labelLeft || "{0} left",
    overdue: body.dataset.labelOverdue || "overdue by {0}",
    passed: body.dataset.labelDeadlinePassed || "passed",
  };
  const language = document.documentElement.lang || "en";
  const units = "DurationFormat" in Intl ? new Intl.DurationFormat(language, { style: "narrow" }) : null;
  const say = (sentence, value) => sentence.replace("{0}", value);

  function duration(ms) {
    const total = Math.floor(Math.abs(ms) / 1000);
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    if (units) return units.format(h > 0 ? { hours: h, minutes: m, seconds: s } : { minutes: m, seconds: s });
    const two = (n) => String(n).padStart(2, "0");
    return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
  }

  function tickClock(el, now) {
    if (el.dataset.answered === "true") return;
    const warn = Date.parse(el.dataset.warn);
    const due = Date.parse(el.dataset.due);
    const state = now >= due ? "Overdue" : now >= warn ? "Warning" : "OnTime";
    el.dataset.state = state;
    el.textContent = state === "Overdue"
      ? say(label.overdue, duration(now - due))
      : say(label.left, duration(due - now));
    const card = el.closest(".card");
    if (card) card.dataset.state = state;
  }

  function tickDeadline(el, now) {
    const deadline = Date.parse(el.dataset.deadline);
    const left = el.querySelector("[data-deadline-left]");
    if (!left) return;
    left.textContent = deadline > now ? say(label.left, duration(deadline - now)) : label.passed;
    el.classList.toggle("passed", deadline <= now);
  }

  function tick() {
    const now = Date.now() + skew;
    document.querySelectorAll("[data-clock]").forEach((el) => tickClock(el, now));
    document.querySelectorAll("[data-deadline]").forEach((el) => tickDeadline(el, now));
  }

  tick();
  setInterval(tick, 1000);
})();
