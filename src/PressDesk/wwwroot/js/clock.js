// Ticks every response clock and deadline on the page once a second, from the timestamps the
// server rendered, corrected for the difference between this device's clock and the server's.
(function () {
  "use strict";
  const body = document.body;
  const skew = Number(body.dataset.serverNow) - Date.now();
  const label = {
    left: body.dataset.labelLeft || "left",
    overdue: body.dataset.labelOverdue || "overdue by",
    passed: body.dataset.labelDeadlinePassed || "passed",
  };

  function duration(ms) {
    const total = Math.floor(Math.abs(ms) / 1000);
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
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
      ? `${label.overdue} ${duration(now - due)}`
      : `${duration(due - now)} ${label.left}`;
    const card = el.closest(".card");
    if (card) card.dataset.state = state;
  }

  function tickDeadline(el, now) {
    const deadline = Date.parse(el.dataset.deadline);
    const left = el.querySelector("[data-deadline-left]");
    if (!left) return;
    left.textContent = deadline > now ? `${duration(deadline - now)} ${label.left}` : label.passed;
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
