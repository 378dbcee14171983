// <button data-copy="id">: copies the text of the element with that id (a new API key, shown once),
// or the value of a read-only field (a calendar feed's address).
// navigator.clipboard needs a secure context and permission; where it fails, the text is selected
// so that Ctrl+C copies it, and the status says so. The button stays hidden without this script.
(() => {
  const select = (element) => {
    if (element instanceof HTMLInputElement) return element.select();
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  };

  for (const button of document.querySelectorAll("button[data-copy]")) {
    const source = document.getElementById(button.dataset.copy);
    if (!source) continue;
    const status = button.parentElement.querySelector(".copy-status");
    const say = (text) => { if (status) status.textContent = text; };
    button.hidden = false;
    button.addEventListener("click", async () => {
      const text = (source instanceof HTMLInputElement ? source.value : source.textContent).trim();
      try {
        if (!navigator.clipboard) throw new Error("no clipboard");
        await navigator.clipboard.writeText(text);
        say(button.dataset.copied);
      } catch {
        select(source);
        say(button.dataset.select);
      }
    });
  }
})();
