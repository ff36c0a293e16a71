/*
 * The home page, live: follows the person's topic (person/<id>, with live.js) and renders the list of their bodies
 * again when it changes, data being the person's memberships. The server-rendered list stays as it is if scripts
 * or WebSockets are unavailable.
 */
(function () {
    'use strict';
    var config = JSON.parse(document.getElementById('accueil-donnees').textContent);
    var announcer = document.getElementById('annonce');

    function label(key) {
        return config.labels[key] || key;
    }

    function bodyLink(cooperationId, bodyId, name) {
        var link = document.createElement('a');
        link.href = '/cooperations/' + encodeURIComponent(cooperationId) + '/instances/' + encodeURIComponent(bodyId);
        link.textContent = name;
        return link;
    }

    /** The name and kind of a body; for one the page did not know, asked from the API (which checks access). */
    function bodyNamed(cooperationId, bodyId) {
        var known = (config.bodies[cooperationId] || {})[bodyId];
        if (known) {
            return Promise.resolve(known);
        }
        return fetch('/api/cooperations/' + encodeURIComponent(cooperationId) + '/bodies/' + encodeURIComponent(bodyId),
                     {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (response) { return response.ok ? response.json() : {name: bodyId, kind: 'OTHER'}; })
            .then(function (body) {
                var named = {name: body.name, kind: body.kind};
                (config.bodies[cooperationId] = config.bodies[cooperationId] || {})[bodyId] = named;
                return named;
            })
            .catch(function () { return {name: bodyId, kind: 'OTHER'}; });
    }

    function render(memberships) {
        memberships.forEach(function (membership) {
            var list = document.querySelector('ul.instances[data-cooperation="' + CSS.escape(membership.cooperationId) + '"]');
            if (!list) {
                return;
            }
            Promise.all(membership.bodies.map(function (seat) {
                return bodyNamed(membership.cooperationId, seat.bodyId).then(function (body) {
                    var item = document.createElement('li');
                    item.appendChild(bodyLink(membership.cooperationId, seat.bodyId, body.name));
                    var details = document.createElement('span');
                    details.textContent = ' — ' + label('kind.' + body.kind) + ', ' + label('role.' + seat.role);
                    item.appendChild(document.createTextNode(' '));
                    item.appendChild(details);
                    return item;
                });
            })).then(function (items) {
                var before = list.textContent;
                list.replaceChildren.apply(list, items);
                if (items.length === 0) {
                    var empty = document.createElement('li');
                    empty.className = 'vide';
                    empty.textContent = label('noBodies');
                    list.appendChild(empty);
                }
                if (list.textContent !== before) {
                    announcer.textContent = label('updated');
                }
            });
        });
    }

    EntenteLive.follow(config.topic, config.position, function (update) {
        render(update.data);
    });
}());
