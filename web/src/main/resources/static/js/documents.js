/*
 * A folder of a space's documents, live: when its list changes (a new document, a new version, a subfolder, a rename,
 * a move, the trash), the list alone is fetched again and replaced; the upload form, with the file being chosen, stays as it is.
 */
(function () {
    'use strict';
    var config = JSON.parse(document.getElementById('documents-donnees').textContent);
    var region = document.getElementById('liste');
    var announcer = document.getElementById('annonce-liste');
    var pending = Promise.resolve();

    function refresh() {
        pending = pending.then(function () {
            return fetch(config.fragment, {headers: {'Accept': 'text/html'}, credentials: 'same-origin'})
                .then(function (response) { return response.ok ? response.text() : null; })
                .then(function (html) {
                    if (html === null) {
                        return;
                    }
                    var template = document.createElement('template');
                    template.innerHTML = html.trim();
                    var fresh = template.content.getElementById('liste');
                    if (fresh) {
                        region.replaceChildren.apply(region, Array.from(fresh.childNodes));
                        announcer.textContent = announcer.dataset.label;
                    }
                })
                .catch(function () { /* the next update tries again */ });
        });
    }

    if (window.EntenteLive) {
        EntenteLive.follow(config.topic, config.position, refresh);
    }
}());
