/* A meeting's pages, live: the sections marked data-live-section follow the meeting's topic (sections.js). */
(function () {
    'use strict';
    var config = JSON.parse(document.getElementById('direct-donnees').textContent);
    EntenteSections.follow(config.topic, config.position,
                           {sections: config.sections, updated: config.updated, newer: config.newer});
}());
