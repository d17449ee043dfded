// The report's only script: filters the findings table by severity, owner unit and free text, and
// offers the full-detail printout. The text search matches a finding's own text and its system's id,
// name and owner unit, accents ignored ("thu dien tu" finds "thư điện tử", đ as d). It reads the page
// and touches nothing but `hidden` flags, one counter and the body's print class; it never builds
// markup from data and never uses the network. Without it (scripts off) every finding is shown on
// screen, the controls stay hidden, and printing gives the summary.
export const FILTER_SCRIPT = `(function () {
  'use strict';
  var full = document.querySelector('.print-choice');
  if (full) {
    var box = full.querySelector('input');
    box.addEventListener('change', function () { document.body.classList.toggle('print-summary', !box.checked); });
    full.hidden = false;
  }
  var root = document.getElementById('findings');
  var controls = root && root.querySelector('.filters');
  if (!controls) return;
  var severity = controls.querySelector('[name=severity]');
  var owner = controls.querySelector('[name=owner]');
  var search = controls.querySelector('[name=q]');
  var counter = controls.querySelector('output');
  var template = counter.getAttribute('data-template');
  function fold(text) {
    return text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  }
  var rows = Array.prototype.slice.call(root.querySelectorAll('tr.finding'));
  // A row's own text, then its group's heading: system id, name, owner unit and level.
  var texts = rows.map(function (row) {
    var head = row.parentNode.querySelector('tr.group');
    return fold((row.textContent || '') + ' ' + (head ? head.textContent || '' : ''));
  });
  var groups = Array.prototype.slice.call(root.querySelectorAll('tbody.group'));
  function apply() {
    var s = severity.value, o = owner.value, q = fold(search.value.trim());
    var shown = 0;
    rows.forEach(function (row, i) {
      var suppressed = row.getAttribute('data-suppressed') === '1';
      var visible = (s === '' || (s === 'suppressed' ? suppressed : !suppressed && row.getAttribute('data-severity') === s)) &&
        (o === '' || row.getAttribute('data-owner') === o) &&
        (q === '' || texts[i].indexOf(q) !== -1);
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    groups.forEach(function (group) { group.hidden = !group.querySelector('tr.finding:not([hidden])'); });
    counter.textContent = template.replace('{n}', String(shown)).replace('{total}', String(rows.length));
  }
  controls.hidden = false;
  controls.addEventListener('input', apply);
  controls.addEventListener('change', apply);
  apply();
})();`;
