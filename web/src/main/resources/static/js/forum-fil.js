/*
 * A forum thread's page, live: when the thread changes, its posts are fetched again and merged into the page in
 * order: a new post is added after the others, a changed one replaced, but never one whose edit or delete form is
 * open; the reply being typed sits outside the list and is never touched.
 */
(function () {
    'use strict';
    var config = JSON.parse(document.getElementById('fil-donnees').textContent);
    var list = document.getElementById('messages');
    var announcer = document.getElementById('annonce-fil');
    var pending = Promise.resolve();

    function merge(html) {
        var template = document.createElement('template');
        template.innerHTML = html.trim();
        var fresh = template.content.getElementById('messages');
        if (!fresh) {
            return;
        }
        var added = 0;
        Array.from(fresh.children).forEach(function (item) {
            var current = document.getElementById(item.id);
            if (!current) {
                list.appendChild(item);
                added++;
            } else if (!current.querySelector('form.modification, form.suppression')) {
                current.replaceWith(item);
            }
        });
        if (added > 0) {
            announcer.textContent = announcer.dataset.label.replace('{0}', String(added));
        }
    }

    function refresh() {
        pending = pending.then(function () {
            return fetch(config.fragment, {headers: {'Accept': 'text/html'}, credentials: 'same-origin'})
                .then(function (response) { return response.ok ? response.text() : null; })
                .then(function (html) {
                    if (html !== null) {
                        merge(html);
                    }
                })
                .catch(function () { /* the next update tries again */ });
        });
    }

    if (window.EntenteLive) {
        EntenteLive.follow(config.topic, config.position, refresh);
    }
    if (window.EntenteMentions) {
        document.querySelectorAll('textarea[data-mentions]').forEach(function (area) {
            EntenteMentions.complete(area, config.mentionable, announcer);
        });
    }
}());
