package fr.entente.web.decision.mail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The vote read in a reply: its first word, case and accents ignored, the quoted mail ignored. */
class ReplyReadingTest {

    private static final List<String> STANDARD = List.of("pour", "contre", "abstention");

    @Test
    void theFirstWordIsTheVote() {
        assertThat(ReplyReading.vote("Pour, d'accord sur le principe", STANDARD)).contains("pour");
        assertThat(ReplyReading.vote("  CONTRE.\nTrop tôt.", STANDARD)).contains("contre");
        assertThat(ReplyReading.vote("\n\nAbstention !", STANDARD)).contains("abstention");
    }

    @Test
    void accentsAndCaseAreIgnored() {
        assertThat(ReplyReading.vote("Étude B", List.of("Etude A", "étude b"))).isEmpty();
        assertThat(ReplyReading.vote("Télétravail", List.of("Absentéisme", "TELETRAVAIL"))).contains("TELETRAVAIL");
    }

    @Test
    void theQuotedMailIsNotRead() {
        assertThat(ReplyReading.vote("> Pour\n> Contre", STANDARD)).isEmpty();
        assertThat(ReplyReading.vote("Le lundi 2 mars, Entente a écrit :\n> pour", STANDARD)).isEmpty();
        assertThat(ReplyReading.vote("On Monday, Entente wrote:\npour", STANDARD)).isEmpty();
        assertThat(ReplyReading.vote("-----Original Message-----\npour", STANDARD)).isEmpty();
    }

    @Test
    void anythingElseReadsAsNothing() {
        assertThat(ReplyReading.vote("Je ne sais pas encore", STANDARD)).isEmpty();
        assertThat(ReplyReading.vote("Pourquoi pas", STANDARD)).isEmpty();
        assertThat(ReplyReading.vote("", STANDARD)).isEmpty();
        assertThat(ReplyReading.vote(null, STANDARD)).isEmpty();
    }
}
