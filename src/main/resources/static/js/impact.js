// The impact form offers the versions of the chosen document only: when another document is
// chosen, its versions (kept in a <template> per document) replace those of the old one, oldest
// as the old version and newest as the new.
(function () {
  const form = document.querySelector('main.impact form.filters');
  if (!form) { return; }
  const documentSelect = form.querySelector('select[name=document]');
  const from = form.querySelector('select[name=from]');
  const to = form.querySelector('select[name=to]');
  documentSelect.addEventListener('change', () => {
    const template = Array.from(form.querySelectorAll('template'))
      .find(t => t.dataset.document === documentSelect.value);
    if (!template) { return; }
    for (const select of [from, to]) {
      select.replaceChildren(template.content.cloneNode(true));
    }
    from.selectedIndex = 0;
    to.selectedIndex = to.options.length - 1;
  });
})();
