/*
 * The bell of every page: follows the person's notifications topic (notifications/<personId>, with live.js) and shows
 * their unread count as it changes, without a reload; a screen reader hears the new count.
 */
(function () {
    'use strict';
    var bell = document.getElementById('cloche');
    if (!bell || !window.EntenteLive) {
        return;
    }
    var count = document.getElementById('cloche-compte');
    var announcer = document.getElementById('cloche-annonce');

    function show(unread) {
        count.textContent = String(unread);
        var label = unread === 0 ? bell.dataset.labelNone : bell.dataset.labelSome.replace('{0}', String(unread));
        count.setAttribute('aria-label', label);
        announcer.textContent = label;
        bell.classList.toggle('a-lire', unread > 0);
    }

    EntenteLive.follow(bell.dataset.topic, bell.dataset.position, function (update) {
        if (update.data && typeof update.data.unread === 'number') {
            show(update.data.unread);
        }
    });
}());
