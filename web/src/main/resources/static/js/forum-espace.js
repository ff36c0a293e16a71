/*
 * A forum space's page, live: when its list of threads changes (a new thread, a new post, a pin, a lock, a move), the
 * list alone is fetched again and replaced; the form being typed in stays as it is.
 */
(function () {
    'use strict';
    var config = JSON.parse(document.getElementById('espace-donnees').textContent);
    var region = document.getElementById('discussions');
    var announcer = document.getElementById('annonce-espace');
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
                    var fresh = template.content.getElementById('discussions');
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
