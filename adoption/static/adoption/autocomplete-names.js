// Names each autocomplete box by its field, as the <select> it stands in for is named.
//
// Django's admin draws an autocomplete field with select2, which hides the <select> and shows a
// combobox labelled by the text of the current choice: with nothing chosen it has no name at all
// (axe: aria-input-field-name), and a multiple choice's search field has none. Each combobox, its
// text box and search field get the field's label (the <label>
// of the <select>, or the aria-label a tabular inline's cell has). Runs once the page's boxes are
// drawn, and again for each inline row added.
"use strict";
(function () {
  function fieldName(select) {
    if (select.getAttribute("aria-label")) {
      return select.getAttribute("aria-label");
    }
    const label = select.labels && select.labels[0];
    return label ? label.textContent.replace(/:\s*$/, "").trim() : "";
  }

  function nameAutocompletes(root) {
    root.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      const drawn = select.nextElementSibling;
      const name = fieldName(select);
      if (!name || !drawn || !drawn.classList.contains("select2")) {
        return;
      }
      drawn.querySelectorAll("[role=combobox], [role=textbox], .select2-search__field").forEach(function (box) {
        box.removeAttribute("aria-labelledby");
        box.setAttribute("aria-label", name);
      });
    });
  }

  // Django's autocomplete.js draws the boxes in a jQuery ready handler (asynchronous in jQuery 3);
  // this one, registered after it, runs after it.
  if (window.django && window.django.jQuery) {
    window.django.jQuery(function () {
      nameAutocompletes(document);
    });
  }
  document.addEventListener("formset:added", function (event) {
    nameAutocompletes(event.target);
  });
})();
