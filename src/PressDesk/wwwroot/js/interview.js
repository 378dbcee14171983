// The interview form: adds and removes statement blocks in the page. Blocks are numbered
// Statements[0..n-1] in order, as model binding needs, so every add or remove renumbers them all.
// Without this script the server renders one empty block after the others and a save adds more.
// It also warns, as soon as it happens, when a quote attributed to the user is not on the record;
// the server refuses that save unless "Yes, I mean it" is ticked.
(function () {
  "use strict";
  const list = document.querySelector("[data-statements]");
  const template = document.getElementById("statement-template");
  const add = document.getElementById("add-statement");
  if (!list || !template || !add) return;

  const blocks = () => [...list.querySelectorAll("[data-statement]")];
  const firstField = (block) => block.querySelector("textarea, select, input:not([type=hidden])");
  const isBlank = (block) =>
    !block.querySelector(".unreadable") && block.querySelector("textarea").value.trim() === "";

  function renumber() {
    blocks().forEach((block, k) => {
      block.id = `statement-${k}`;
      const legend = block.querySelector("legend");
      legend.textContent = legend.dataset.legend.replace("{0}", String(k + 1));
      block.querySelectorAll("[name], [id], [for], [data-valmsg-for]").forEach((el) => {
        for (const attr of ["name", "id", "for", "data-valmsg-for"]) {
          const value = el.getAttribute(attr);
          if (value === null) continue;
          el.setAttribute(attr, value
            .replace(/^Statements\[(\d+|__i__)\]/, `Statements[${k}]`)
            .replace(/^st-(\d+|__i__)-/, `st-${k}-`));
        }
      });
    });
  }

  function showQuoteWarning(block) {
    const warning = block.querySelector("[data-quote-warning]");
    const meant = block.querySelector("[data-quote]").checked && block.querySelector("[data-level]").value !== "OnRecord";
    warning.hidden = !meant;
    if (!meant) warning.querySelector("input[type=checkbox]").checked = false;
  }
  list.addEventListener("change", (e) => {
    if (e.target.matches("[data-quote], [data-level]")) showQuoteWarning(e.target.closest("[data-statement]"));
  });

  function wire(block) {
    const remove = block.querySelector("[data-remove-statement]");
    remove.hidden = false;
    remove.addEventListener("click", () => {
      const next = block.nextElementSibling;
      block.remove();
      renumber();
      (next ? firstField(next) : add).focus();
    });
  }

  add.hidden = false;
  add.addEventListener("click", () => {
    const block = template.content.firstElementChild.cloneNode(true);
    list.append(block);
    wire(block);
    renumber();
    firstField(block).focus();
  });

  // The spare empty block is for the page without JavaScript; here "Add a statement" replaces it.
  const all = blocks();
  if (all.length > 1 && isBlank(all[all.length - 1])) all[all.length - 1].remove();
  blocks().forEach(wire);
})();
