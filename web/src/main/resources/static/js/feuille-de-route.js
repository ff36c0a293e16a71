/* A roadmap's page, live: its axes, actions, progress and next steps follow the roadmap's topic (sections.js). */
(function () {
    'use strict';
    var config = JSON.parse(document.getElementById('feuille-donnees').textContent);
    EntenteSections.follow(config.topic, config.position,
                           {sections: config.sections, updated: config.updated, newer: config.newer});
}());
