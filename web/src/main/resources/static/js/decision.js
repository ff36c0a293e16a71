/* A decision's page, live: the tally, who voted and the history follow the decision's topic (sections.js). */
(function () {
    'use strict';
    var config = JSON.parse(document.getElementById('decision-donnees').textContent);
    EntenteSections.follow(config.topic, config.position,
                           {sections: config.sections, updated: config.updated, newer: config.newer});
}());
