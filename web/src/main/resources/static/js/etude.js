/* A study's page, live: its chain and the next steps follow the study's topic (sections.js). */
(function () {
    'use strict';
    var config = JSON.parse(document.getElementById('etude-donnees').textContent);
    EntenteSections.follow(config.topic, config.position,
                           {sections: config.sections, updated: config.updated, newer: config.newer});
}());
