// The prep page: ticks the prep timer, shows the phrasing hints the server computes
// (/prep/check) as the user types, adds phrasing boxes, and searches the message library.
(function () {
  "use strict";
  const form = document.getElementById("prep-form");
  if (!form) return;
  const skew = Number(document.body.dataset.serverNow) - Date.now();
  const two = (n) => String(n).padStart(2, "0");

  // Timer: elapsed since the stored start (or frozen at the ready time), against the target window.
  const timer = document.querySelector("[data-prep-timer]");
  function tickTimer() {
    const started = Date.parse(timer.dataset.started);
    const end = timer.dataset.ready ? Date.parse(timer.dataset.ready) : Date.now() + skew;
    const ms = Math.max(0, end - started);
    const s = Math.floor(ms / 1000);
    timer.querySelector("[data-elapsed]").textContent = `${Math.floor(s / 60)}:${two(s % 60)}`;
    timer.dataset.state = ms < Number(timer.dataset.min) ? "under" : ms <= Number(timer.dataset.max) ? "target" : "over";
  }
  if (timer) {
    tickTimer();
    if (!timer.dataset.ready) setInterval(tickTimer, 1000);
  }

  // Hints: one implementation, on the server; debounced so typing stays smooth.
  function renderHints(box, report) {
    box.replaceChildren();
    if (!report || report.words === 0) return;
    const measure = document.createElement("p");
    measure.className = "measure";
    measure.textContent = report.summary;
    const list = document.createElement("ul");
    list.className = "hint-list";
    for (const hint of report.hints) {
      const item = document.createElement("li");
      item.dataset.kind = hint.kind;
      item.textContent = hint.message;
      list.append(item);
    }
    box.append(measure, list);
  }

  const pending = new WeakMap();
  function scheduleCheck(area) {
    clearTimeout(pending.get(area));
    pending.set(area, setTimeout(() => check(area), 350));
  }
  async function check(area) {
    const box = document.getElementById(area.getAttribute("aria-describedby"));
    const text = area.value;
    try {
      const response = await fetch(form.dataset.checkUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text }),
        credentials: "same-origin",
      });
      if (!response.ok || area.value !== text) return;
      renderHints(box, await response.json());
    } catch {
      // Offline or signed out: the hints come back with the next keystroke or on save.
    }
  }

  let lastPhrasing = null;
  form.addEventListener("input", (e) => {
    if (e.target.matches("[data-phrasing]")) scheduleCheck(e.target);
  });
  form.addEventListener("focusin", (e) => {
    if (e.target.matches("[data-phrasing]")) lastPhrasing = e.target;
  });

  // Another phrasing box for a key point, numbered after the last one.
  function addPhrasing(fieldset) {
    const list = fieldset.querySelector("[data-phrasings]");
    const template = list.querySelector("[data-phrasing-row]");
    const i = fieldset.dataset.keyPoint;
    const j = Number(list.dataset.next);
    list.dataset.next = String(j + 1);
    const row = template.cloneNode(true);
    const id = `kp-${i}-ph-${j}`;
    const label = row.querySelector("label");
    label.htmlFor = id;
    label.textContent = label.textContent.replace(/\d+\s*$/, String(j + 1));
    const area = row.querySelector("textarea");
    area.id = id;
    area.name = `KeyPoints[${i}].Phrasings[${j}].Text`;
    area.value = "";
    area.setAttribute("aria-describedby", `${id}-hints`);
    const reused = row.querySelector("[data-reused]");
    reused.name = `KeyPoints[${i}].Phrasings[${j}].ReusedFrom`;
    reused.value = "";
    row.querySelectorAll(".error").forEach((el) => el.remove());
    const hints = row.querySelector("[data-hints]");
    hints.id = `${id}-hints`;
    hints.replaceChildren();
    list.append(row);
    return area;
  }
  form.querySelectorAll("[data-add-phrasing]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => addPhrasing(button.closest("fieldset")).focus());
  });

  // The library: search, then insert into the phrasing last edited (or the first empty one).
  const library = document.getElementById("library");
  const results = document.getElementById("library-results");
  function targetPhrasing() {
    if (lastPhrasing && document.body.contains(lastPhrasing)) return lastPhrasing;
    return [...form.querySelectorAll("[data-phrasing]")].find((a) => a.value.trim() === "");
  }
  function insert(entry) {
    let area = targetPhrasing();
    if (!area) return;
    if (area.value.trim() !== "") area = addPhrasing(area.closest("fieldset"));
    area.value = entry.phrasing;
    area.closest("[data-phrasing-row]").querySelector("[data-reused]").value = String(entry.id);
    const point = area.closest("fieldset").querySelector("[data-key-point-text]");
    if (point.value.trim() === "") point.value = entry.keyPoint;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
    check(area);
  }
  async function search(query) {
    const url = new URL(library.dataset.searchUrl, location.href);
    url.searchParams.set("q", query);
    url.searchParams.set("excludeRequest", library.dataset.requestId);
    const area = document.getElementById("FocusAreaId").value;
    if (area) url.searchParams.set("area", area);
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) return;
    const entries = await response.json();
    results.replaceChildren();
    if (entries.length === 0) {
      const none = document.createElement("li");
      none.className = "empty";
      none.textContent = library.dataset.labelNone;
      results.append(none);
    }
    for (const entry of entries) {
      const item = document.createElement("li");
      const phrasing = document.createElement("q");
      phrasing.textContent = entry.phrasing;
      const meta = document.createElement("span");
      meta.className = "meta";
      meta.textContent = `${entry.keyPoint} · ${library.dataset.labelFrom} ${entry.topic}`;
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = library.dataset.labelInsert;
      button.addEventListener("mousedown", (e) => e.preventDefault()); // keep the phrasing focused
      button.addEventListener("click", () => insert(entry));
      item.append(phrasing, meta, button);
      results.append(item);
    }
  }
  const searchForm = library && library.querySelector("[data-library-form]");
  if (searchForm) {
    searchForm.addEventListener("submit", (e) => {
      e.preventDefault();
      search(searchForm.querySelector("input[type=search]").value);
    });
  }
})();
