/*
 * Suggestions while typing in the search box: a combobox with a list box popup as the WAI-ARIA Authoring Practices
 * describe it (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/). Progressive
 * enhancement: without this script the box is a plain search field of a form that works on its own.
 * Keys: Down and Up move through the suggestions (Alt+Down opens the list), Enter takes the highlighted one into the
 * box and searches, Escape closes the list (a second Escape empties the box), typing filters anew.
 */
(function () {
  'use strict';
  var input = document.getElementById('q');
  if (!input || !window.fetch) {
    return;
  }
  var form = input.form;
  var lang = document.documentElement.lang || 'fi';
  var list = document.createElement('ul');
  list.id = 'q-suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', input.labels && input.labels[0] ? input.labels[0].textContent : '');
  list.className = 'suggestions';
  list.hidden = true;
  input.insertAdjacentElement('afterend', list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  var active = -1;
  var timer = null;
  var asked = 0;

  function options() {
    return list.querySelectorAll('[role=option]');
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    var all = options();
    if (all.length === 0) {
      return;
    }
    active = (index + all.length) % all.length;
    for (var i = 0; i < all.length; i++) {
      all[i].setAttribute('aria-selected', i === active ? 'true' : 'false');
    }
    input.setAttribute('aria-activedescendant', all[active].id);
    all[active].scrollIntoView({ block: 'nearest' });
  }

  function choose(option) {
    input.value = option.textContent;
    close();
    form.submit();
  }

  function show(suggestions) {
    list.textContent = '';
    suggestions.forEach(function (suggestion, i) {
      var item = document.createElement('li');
      item.id = 'q-suggestion-' + i;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      item.textContent = suggestion.title;
      item.addEventListener('mousedown', function (event) {
        event.preventDefault();
        choose(item);
      });
      list.appendChild(item);
    });
    active = -1;
    input.removeAttribute('aria-activedescendant');
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', suggestions.length === 0 ? 'false' : 'true');
  }

  function ask() {
    var typed = input.value.trim();
    if (typed.length < 3) {
      show([]);
      return;
    }
    var mine = ++asked;
    fetch('/api/v1/activities/suggest?q=' + encodeURIComponent(typed) + '&lang=' + encodeURIComponent(lang),
      { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (suggestions) {
        if (mine === asked && document.activeElement === input) {
          show(suggestions);
        }
      })
      .catch(function () { show([]); });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 200);
  });
  input.addEventListener('keydown', function (event) {
    var open = !list.hidden;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open || event.altKey) {
        ask();
      } else {
        highlight(active + 1);
      }
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      highlight(active - 1);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(options()[active]);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        close();
      } else if (input.value) {
        event.preventDefault();
        input.value = '';
      }
    }
  });
  input.addEventListener('blur', close);
}());
