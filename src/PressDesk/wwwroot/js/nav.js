// The phone header's menu button: shows and hides the navigation it controls. Without this file the
// button stays hidden and the navigation shows, so nothing depends on script. Escape closes the menu
// and gives the focus back to the button; so does a click outside it.
(() => {
  const toggle = document.querySelector(".menu-toggle[aria-controls]");
  const header = toggle?.closest("header");
  const nav = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
  if (!toggle || !header || !nav) return;

  const isOpen = () => toggle.getAttribute("aria-expanded") === "true";
  const set = (open) => {
    toggle.setAttribute("aria-expanded", String(open));
    header.dataset.menu = open ? "open" : "closed";
  };

  set(false);
  toggle.hidden = false;
  toggle.addEventListener("click", () => set(!isOpen()));
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !isOpen()) return;
    set(false);
    toggle.focus();
  });
  document.addEventListener("click", (event) => {
    if (isOpen() && !header.contains(event.target)) set(false);
  });
})();
