/*
 * Keeps the live sections of a server-rendered page up to date. When the page's topic changes (live.js), the page is
 * asked again from the server and each element marked data-live-section (with an id) is replaced by its new
 * rendering: one rendering path, the server's, escaped and translated there. A section in which the person is
 * typing (a field has the focus or holds unsent text) is not replaced under their fingers: it is marked as having a
 * newer version, and replaced once they leave it or send it. What they typed is never thrown away by an update.
 *
 *   EntenteSections.follow(topic, renderedPosition, {updated: 'Texte annoncé', newer: 'Texte dans la partie en attente'});
 */
window.EntenteSections = (function () {
    'use strict';

    var pending = {};
    var options = {};

    function isDirty(section) {
        var fields = section.querySelectorAll('input, textarea, select');
        for (var i = 0; i < fields.length; i++) {
            if (fields[i].dataset.dirty === 'true') {
                return true;
            }
        }
        return section.contains(document.activeElement) && document.activeElement.matches('input, textarea, select');
    }

    function swap(id) {
        var current = document.getElementById(id);
        var fresh = pending[id];
        if (!current || !fresh || isDirty(current)) {
            return false;
        }
        delete pending[id];
        current.replaceWith(fresh);
        watch(fresh);
        if (options.onSwap) {
            options.onSwap(fresh);
        }
        return true;
    }

    /** Says, in the section itself, that a newer version waits until the person leaves or sends their text. */
    function markNewer(section) {
        section.classList.add('perime');
        if (options.newer && !section.querySelector('.avis-perime')) {
            var notice = document.createElement('p');
            notice.className = 'avis-perime';
            notice.textContent = options.newer;
            section.insertBefore(notice, section.firstChild);
        }
    }

    function watch(root) {
        root.querySelectorAll('input, textarea, select').forEach(function (field) {
            field.addEventListener('input', function () {
                field.dataset.dirty = 'true';
            });
        });
        root.querySelectorAll('form').forEach(function (form) {
            form.addEventListener('submit', function () {
                form.querySelectorAll('[data-dirty]').forEach(function (field) {
                    delete field.dataset.dirty;
                });
            });
        });
    }

    function refresh() {
        return fetch(window.location.pathname + window.location.search,
                     {headers: {'Accept': 'text/html'}, credentials: 'same-origin'})
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) {
                if (!html) {
                    return;
                }
                var page = new DOMParser().parseFromString(html, 'text/html');
                var changed = false;
                page.querySelectorAll('[data-live-section][id]').forEach(function (fresh) {
                    var current = document.getElementById(fresh.id);
                    if (!current || current.innerHTML === fresh.innerHTML) {
                        return;
                    }
                    pending[fresh.id] = document.importNode(fresh, true);
                    if (!swap(fresh.id)) {
                        markNewer(current);
                    }
                    changed = true;
                });
                var announcer = document.getElementById('annonce');
                if (changed && announcer && options.updated) {
                    announcer.textContent = '';
                    announcer.textContent = options.updated;
                }
            });
    }

    function follow(topic, position, settings) {
        options = settings || {};
        watch(document);
        // a section left aside while someone typed in it is replaced once they leave it
        document.addEventListener('focusout', function () {
            setTimeout(function () {
                Object.keys(pending).forEach(swap);
            }, 0);
        });
        return EntenteLive.follow(topic, position, refresh);
    }

    return {follow: follow, refresh: refresh};
}());
