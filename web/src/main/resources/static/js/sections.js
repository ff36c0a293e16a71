/*
 * Keeps the live sections of a server-rendered page up to date. A live update (live.js) says which parts of what the
 * page shows changed ({changes: ['agenda', 'current-item']}); the page asks the server for the sections that follow
 * those parts (data-live-section, with an id and data-follows="agenda schedule"), rendered there once for everyone
 * who sees them as this person does, and puts each in place: one rendering path, the server's, escaped and translated
 * there. A section in which the person is typing (a field has the focus or holds unsent text) is not replaced under
 * their fingers: it says that a newer version waits, and is replaced once they leave it or send it. What they typed
 * is never thrown away by an update.
 *
 *   EntenteSections.follow(topic, renderedPosition, {sections: '/…/sections?page=reunion', updated: '…', newer: '…'});
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
            notice.setAttribute('role', 'status');
            notice.textContent = options.newer;
            section.insertBefore(notice, section.firstChild);
        }
    }

    function watch(root) {
        // text the server gave back after refusing it is unsent text: no update may replace it
        root.querySelectorAll('[data-unsent="true"]').forEach(function (field) {
            field.dataset.dirty = 'true';
        });
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

    /** The ids of the sections that show one of these parts (all of them when the update does not say). */
    function sectionsFollowing(changes) {
        var ids = [];
        document.querySelectorAll('[data-live-section][id]').forEach(function (section) {
            var follows = (section.dataset.follows || '').split(/\s+/).filter(Boolean);
            if (!changes || changes.length === 0 || follows.length === 0
                || follows.some(function (part) { return changes.indexOf(part) >= 0; })) {
                ids.push(section.id);
            }
        });
        return ids;
    }

    function put(id, html) {
        var current = document.getElementById(id);
        if (!current) {
            return false;
        }
        var holder = document.createElement('div');
        holder.innerHTML = html;
        var fresh = holder.querySelector('[data-live-section]') || holder.firstElementChild;
        if (!fresh || current.innerHTML === fresh.innerHTML) {
            return false;
        }
        pending[id] = fresh;
        if (!swap(id)) {
            markNewer(current);
        }
        return true;
    }

    function announce() {
        var announcer = document.getElementById('annonce');
        if (announcer && options.updated) {
            announcer.textContent = '';
            announcer.textContent = options.updated;
        }
    }

    /** What updates asked for while a request was under way: one request then asks for all of it. */
    var waiting = null;
    var asking = false;

    /**
     * Asks the server for the sections that show what changed, at this position of the log or later. One request at a
     * time: updates that come while it is under way are gathered and asked for together once it answers.
     */
    function refresh(update) {
        var changes = (update && update.changes) || [];
        var position = (update && update.position) || 0;
        if (!waiting) {
            waiting = {changes: [], position: 0, all: false};
        }
        waiting.all = waiting.all || changes.length === 0;
        changes.forEach(function (part) {
            if (waiting.changes.indexOf(part) < 0) {
                waiting.changes.push(part);
            }
        });
        waiting.position = Math.max(waiting.position, position);
        if (asking) {
            return Promise.resolve();
        }
        return ask();
    }

    function ask() {
        var wanted = waiting;
        waiting = null;
        var ids = sectionsFollowing(wanted.all ? null : wanted.changes);
        if (ids.length === 0 || !options.sections) {
            return Promise.resolve();
        }
        asking = true;
        var url = options.sections + (options.sections.indexOf('?') >= 0 ? '&' : '?')
                  + 'ids=' + encodeURIComponent(ids.join(',')) + '&since=' + wanted.position;
        return fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (answer) {
                if (!answer) {
                    return;
                }
                var changed = false;
                Object.keys(answer.sections).forEach(function (id) {
                    changed = put(id, answer.sections[id]) || changed;
                });
                if (changed) {
                    announce();
                }
            })
            .finally(function () {
                asking = false;
                if (waiting) {
                    ask();
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
        return EntenteLive.follow(topic, position, refresh, {onError: options.onError});
    }

    return {follow: follow, refresh: refresh};
}());
