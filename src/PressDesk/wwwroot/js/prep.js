// The prep page: ticks the prep timer, shows the phrasing hints the server computes
// (/prep/check) as the user types, saves the prep as a draft as the user types, adds phrasing
// boxes, and searches the message library.
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

  // Autosave: about a second after the last keystroke, and when a box loses focus. One save at a
  // time; edits made while one is on its way are sent by the next. The server keeps a ready prep
  // ready only while it still passes the ready rules, and its answer says so.
  const status = form.querySelector("[data-save-status]");
  let edits = 0;        // changes made on the page
  let savedEdits = 0;   // changes the server has stored
  let saving = null;    // the save on its way, if any
  let autosaveTimer;
  let submitting = false;
  const unsaved = () => edits !== savedEdits;
  function showStatus(text, state) {
    status.textContent = text;
    status.dataset.state = state;
  }
  // "Saved" shows only once every change is stored; until then the status says a save is coming.
  function changed() {
    edits++;
    showStatus(status.dataset.labelSaving, "saving");
    clearTimeout(autosaveTimer);
    autosaveTimer = setTimeout(autosave, 1000);
  }
  async function problemOf(response) {
    try {
      const problem = await response.json();
      const first = Object.values(problem.errors || {}).flat()[0];
      return first || problem.title || status.dataset.labelRefused.replace("{0}", response.status);
    } catch {
      return status.dataset.labelRefused.replace("{0}", response.status);
    }
  }
  async function autosave() {
    clearTimeout(autosaveTimer);
    if (submitting || !unsaved()) return;
    if (saving) {
      await saving;
      return autosave();
    }
    const sending = edits;
    showStatus(status.dataset.labelSaving, "saving");
    saving = (async () => {
      try {
        // The form's fields, antiforgery token included; a redirect (signed out) is a failure.
        const response = await fetch(form.dataset.draftUrl, {
          method: "POST",
          body: new FormData(form),
          credentials: "same-origin",
          redirect: "manual",
        });
        if (response.ok) {
          const answer = await response.json();
          savedEdits = sending;
          if (!unsaved()) showStatus(answer.status, "saved");
        } else {
          const reason = response.type === "opaqueredirect" ? status.dataset.labelSignedOut : await problemOf(response);
          showStatus(status.dataset.labelFailed.replace("{0}", reason), "failed");
        }
      } catch {
        showStatus(status.dataset.labelFailed.replace("{0}", status.dataset.labelOffline), "failed");
      }
    })();
    await saving;
    saving = null;
  }
  form.addEventListener("change", (e) => {
    if (e.target.matches("select")) changed();
  });
  form.addEventListener("focusout", () => {
    if (unsaved()) autosave();
  });
  form.addEventListener("submit", () => {
    submitting = true;
    clearTimeout(autosaveTimer);
  });
  // Leaving with changes the server has not stored (a save pending or failed) asks first.
  window.addEventListener("beforeunload", (e) => {
    if (submitting || !unsaved()) return;
    e.preventDefault();
    e.returnValue = "";
  });

  let lastPhrasing = null;
  form.addEventListener("input", (e) => {
    if (e.target.matches("[data-phrasing]")) scheduleCheck(e.target);
    if (e.target.matches("input, textarea")) changed();
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
    changed();
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
