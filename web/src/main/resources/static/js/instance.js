/*
 * A body's page, live: follows the body's topic (with live.js); when the body changes, asks the API for it (the API
 * gives the members' names, which the log does not carry) and renders the members again. The server-rendered table
 * stays as it is if scripts or WebSockets are unavailable.
 */
(function () {
    'use strict';
    var config = JSON.parse(document.getElementById('instance-donnees').textContent);
    var rows = document.querySelector('#membres tbody');
    var announcer = document.getElementById('annonce');

    function label(key) {
        return config.labels[key] || key;
    }

    function cell(text) {
        var td = document.createElement('td');
        td.textContent = text;
        return td;
    }

    function render(body) {
        var before = rows.textContent;
        var lines = body.members.map(function (member) {
            var row = document.createElement('tr');
            row.appendChild(cell(member.displayName || label('unknownPerson')));
            row.appendChild(cell(config.organisations[member.organisationId] || member.organisationId));
            row.appendChild(cell(label('role.' + member.role)));
            return row;
        });
        if (lines.length === 0) {
            var empty = document.createElement('tr');
            empty.className = 'vide';
            var td = cell(label('noMembers'));
            td.colSpan = 3;
            empty.appendChild(td);
            lines.push(empty);
        }
        rows.replaceChildren.apply(rows, lines);
        if (rows.textContent !== before) {
            announcer.textContent = label('updated');
        }
    }

    // the body's meetings, for its members: the list is rendered again by the server when a meeting changes
    var meetings = document.getElementById('reunions-donnees');
    if (meetings) {
        var meetingsConfig = JSON.parse(meetings.textContent);
        EntenteSections.follow(meetingsConfig.topic, meetingsConfig.position,
                               {sections: meetingsConfig.sections, updated: label('updated')});
    }

    // the body's open decisions, for those who see them: rendered again by the server when one opens, is voted or closes
    var decisionsData = document.getElementById('decisions-donnees');
    if (decisionsData) {
        var decisionsConfig = JSON.parse(decisionsData.textContent);
        EntenteSections.follow(decisionsConfig.topic, decisionsConfig.position,
                               {sections: decisionsConfig.sections, updated: label('updated')});
    }

    EntenteLive.follow(config.topic, config.position, function () {
        fetch(config.api, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (body) {
                if (body) {
                    render(body);
                }
            });
    });
}());
