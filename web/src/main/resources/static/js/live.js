/*
 * Follows a live topic of the hub over STOMP (/ws, destination /live/<topic>). Each message is
 * {topic, position, type, changes, data}: which parts of what the page shows changed after the event at that position
 * of the log (and, for the small views a page renders itself, their new state). The last position seen is kept and
 * sent as "since" whenever the connection is made again, so that a page that lost its connection receives what it
 * missed, as one update; a position already seen is ignored. Pages start from the position they were rendered at.
 * When the hub refuses or ends a subscription (an ERROR frame), the page is told and the client connects again.
 *
 *   EntenteLive.follow('cooperation/x/body/y', renderedPosition, function (update) { ... }, {onError: fn});
 */
window.EntenteLive = (function () {
    'use strict';

    function follow(topic, since, onUpdate, settings) {
        if (!window.StompJs || !window.WebSocket) {
            return null;
        }
        var options = settings || {};
        var lastPosition = Number(since) || 0;
        var subscription = null;
        var scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
        var client = new StompJs.Client({
            brokerURL: scheme + window.location.host + '/ws',
            reconnectDelay: 3000,
            heartbeatIncoming: 0,
            heartbeatOutgoing: 0
        });
        client.onConnect = function () {
            subscription = client.subscribe('/live/' + topic, function (message) {
                var update = JSON.parse(message.body);
                if (update.position <= lastPosition) {
                    return;
                }
                lastPosition = update.position;
                onUpdate(update);
            }, {since: String(lastPosition)});
        };
        client.onStompError = function (frame) {
            if (options.onError) {
                options.onError(frame.headers.message || frame.body);
            }
        };
        client.activate();
        window.addEventListener('pagehide', function () {
            if (subscription) {
                subscription.unsubscribe();
            }
            client.deactivate();
        });
        return client;
    }

    return {follow: follow};
}());
