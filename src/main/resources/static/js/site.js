/*
 * Progressive enhancement only: every page works without this file.
 * - Moves focus to a form's error summary, so screen-reader users hear the problem at once.
 * - Shows how many characters are left in a text area that has a limit.
 * - Writes the date on a printed page's foot (the page itself is the same for every reader, so the
 *   server cannot know when it is printed; without this file the foot gives the address and phone).
 */
(function () {
  'use strict';

  function focusErrorSummary() {
    var summary = document.querySelector('[data-error-summary]');
    if (summary) {
      summary.focus();
    }
  }

  function countCharacters() {
    var areas = document.querySelectorAll('textarea[data-max-length]');
    Array.prototype.forEach.call(areas, function (area) {
      var max = parseInt(area.getAttribute('data-max-length'), 10);
      var counter = document.getElementById(area.id + '-count');
      if (!counter || !max) {
        return;
      }
      var template = counter.getAttribute('data-template') || '{n} characters left';
      var overTemplate = counter.getAttribute('data-over-template') || '{n} characters too many';
      function update() {
        var left = max - area.value.length;
        counter.textContent = left >= 0
          ? template.replace('{n}', String(left))
          : overTemplate.replace('{n}', String(-left));
        counter.classList.toggle('count--over', left < 0);
      }
      counter.hidden = false;
      area.addEventListener('input', update);
      update();
    });
  }

  function preventDoubleSubmit() {
    var forms = document.querySelectorAll('form[data-submit-once]');
    Array.prototype.forEach.call(forms, function (form) {
      form.addEventListener('submit', function (event) {
        if (form.getAttribute('data-submitting') === 'true') {
          event.preventDefault();
          return;
        }
        form.setAttribute('data-submitting', 'true');
      });
    });
  }

  function datePrintedPages() {
    var slot = document.querySelector('[data-print-date]');
    if (!slot) {
      return;
    }
    function write() {
      var date = new Date().toLocaleDateString(slot.getAttribute('data-lang') || 'en-US',
        { year: 'numeric', month: 'long', day: 'numeric' });
      slot.textContent = (slot.getAttribute('data-template') || '{date}').replace('{date}', date);
    }
    write();
    window.addEventListener('beforeprint', write);
  }

  document.addEventListener('DOMContentLoaded', function () {
    datePrintedPages();
    focusErrorSummary();
    countCharacters();
    preventDoubleSubmit();
  });
}());
