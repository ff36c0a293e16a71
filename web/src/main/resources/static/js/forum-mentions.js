/*
 * Completes a mention in a textarea: after "@" and a letter or more, the members of the space whose username or name
 * starts so are offered in a list below (ArrowDown and ArrowUp move, Enter or Tab takes one, Escape closes); the one
 * taken is written as @username. "@espace" names everyone in the space and needs no completion.
 */
window.EntenteMentions = (function () {
    'use strict';

    function complete(area, url, announcer) {
        var list = document.createElement('ul');
        list.id = area.id + '-mentions';
        list.className = 'mentions';
        list.setAttribute('role', 'listbox');
        list.hidden = true;
        area.insertAdjacentElement('afterend', list);
        area.setAttribute('aria-controls', list.id);
        area.setAttribute('aria-autocomplete', 'list');
        var options = [];
        var active = -1;
        var asked = 0;

        function typed() {
            var before = area.value.slice(0, area.selectionStart);
            var match = /(^|[^\w@.-])@([\p{L}\p{N}._-]{1,40})$/u.exec(before);
            return match ? match[2] : null;
        }

        function close() {
            list.hidden = true;
            list.replaceChildren();
            options = [];
            active = -1;
            area.removeAttribute('aria-activedescendant');
        }

        function choose(index) {
            var option = options[index];
            if (!option) {
                return;
            }
            var caret = area.selectionStart;
            var before = area.value.slice(0, caret).replace(/@[\p{L}\p{N}._-]*$/u, '@' + option.username + ' ');
            area.value = before + area.value.slice(caret);
            area.selectionStart = area.selectionEnd = before.length;
            close();
        }

        function highlight(index) {
            active = index;
            Array.from(list.children).forEach(function (item, position) {
                item.setAttribute('aria-selected', position === index ? 'true' : 'false');
            });
            if (index >= 0) {
                area.setAttribute('aria-activedescendant', list.children[index].id);
            }
        }

        function show(found) {
            options = found;
            list.replaceChildren();
            found.forEach(function (person, index) {
                var item = document.createElement('li');
                item.id = list.id + '-' + index;
                item.setAttribute('role', 'option');
                item.textContent = person.name + ' (@' + person.username + ')';
                item.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    choose(index);
                });
                list.appendChild(item);
            });
            list.hidden = found.length === 0;
            highlight(found.length > 0 ? 0 : -1);
            if (announcer && found.length > 0) {
                announcer.textContent = announcer.dataset.mentionsCount.replace('{0}', String(found.length));
            }
        }

        area.addEventListener('input', function () {
            var word = typed();
            if (word === null || word === 'espace') {
                close();
                return;
            }
            var ask = ++asked;
            fetch(url + '?q=' + encodeURIComponent(word), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (found) {
                    if (ask === asked) {
                        show(found);
                    }
                })
                .catch(close);
        });
        area.addEventListener('keydown', function (event) {
            if (list.hidden) {
                return;
            }
            if (event.key === 'ArrowDown') {
                event.preventDefault();
                highlight((active + 1) % options.length);
            } else if (event.key === 'ArrowUp') {
                event.preventDefault();
                highlight((active - 1 + options.length) % options.length);
            } else if (event.key === 'Enter' || event.key === 'Tab') {
                event.preventDefault();
                choose(active);
            } else if (event.key === 'Escape') {
                close();
            }
        });
        area.addEventListener('blur', function () {
            setTimeout(close, 150);
        });
    }

    return {complete: complete};
}());
