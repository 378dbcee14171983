// A field the server refused stops saying so as soon as what is typed there passes the checks the
// browser can make (required, a date, a number, an email address, a phone number's characters):
// the red message and the red border go, and the form's summary drops the message too. The server
// checks everything again on submit.
(() => {
  const phone = /^[+(]?[0-9][0-9 ().\/-]{4,}$/;

  const passes = (field) => {
    const value = field.value.trim();
    if (field.required && value === "") return false;
    if (field.type === "tel" && value !== "" && !phone.test(value)) return false;
    return field.checkValidity();
  };

  const clear = (field) => {
    if (!field.classList.contains("input-validation-error") || !passes(field)) return;
    field.classList.remove("input-validation-error");
    field.removeAttribute("aria-invalid");
    const message = field.form?.querySelector(`[data-valmsg-for="${CSS.escape(field.name)}"]`);
    if (!message) return;
    const text = message.textContent.trim();
    message.textContent = "";
    message.classList.replace("field-validation-error", "field-validation-valid");
    for (const item of field.form.querySelectorAll(".validation-summary-errors li"))
      if (item.textContent.trim() === text) item.remove();
  };

  document.addEventListener("input", (event) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement)
      clear(event.target);
  });
  document.addEventListener("change", (event) => {
    if (event.target instanceof HTMLElement && "form" in event.target) clear(event.target);
  });
})();
