// The report's only script: filters the findings table by severity, owner unit and free text
// (accents ignored, so "kiem tra" finds "kiểm tra"). It reads the page and touches nothing but the
// `hidden` flags and one counter; it never builds markup from data and never uses the network.
// Without it (scripts off, or printing) every finding is simply shown: the controls stay hidden.
export const FILTER_SCRIPT = `(function () {
  'use strict';
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
  var texts = rows.map(function (row) { return fold(row.textContent || ''); });
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
