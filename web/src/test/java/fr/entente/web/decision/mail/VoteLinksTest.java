package fr.entente.web.decision.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The signed links: what a token stands for, and nothing for a changed token or another hub's. */
class VoteLinksTest {

    private final VoteLinks links = new VoteLinks("un secret de test assez long pour HMAC-SHA256");

    @Test
    void aTokenStandsForItsDecisionVoterAndOption() {
        String token = links.token("decision-1", "person-2", "abstention");
        assertThat(links.verify(token)).contains(new VoteLinks.Ballot("decision-1", "person-2", "abstention"));
    }

    @Test
    void aChangedTokenStandsForNothing() {
        String token = links.token("decision-1", "person-2", "pour");
        String otherVoter = links.token("decision-1", "person-3", "pour");
        String[] parts = token.split("\\.");
        String[] other = otherVoter.split("\\.");
        assertThat(links.verify(parts[0] + "." + other[1] + "." + parts[2] + "." + parts[3])).isEmpty();
        assertThat(links.verify(token.substring(0, token.length() - 2) + "xx")).isEmpty();
        assertThat(links.verify(token + ".")).isEmpty();
        assertThat(links.verify("n'importe quoi")).isEmpty();
        assertThat(links.verify(null)).isEmpty();
    }

    @Test
    void anotherHubsTokenStandsForNothing() {
        VoteLinks otherHub = new VoteLinks("un autre secret, celui d'un autre hub, tout aussi long");
        assertThat(links.verify(otherHub.token("decision-1", "person-2", "pour"))).isEmpty();
    }
}
