package fr.entente.forum.query;

import fr.entente.forum.api.PostDeletedEvent;
import fr.entente.forum.api.PostEditedEvent;
import fr.entente.forum.api.PostWrittenEvent;
import fr.entente.forum.api.ThreadMovedEvent;
import fr.entente.forum.api.ThreadStartedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forum's search index on French text: accents, plurals and elisions folded, titles and authors found, extracts
 * marked and escaped, only the spaces asked for, a date range, and the index found again after a restart (it goes on
 * from its own position) or emptied by a reset.
 */
class ForumSearchIndexTest {

    private static final String HDF = "hauts-de-france";
    private static final String GT = "espace-gt";
    private static final String CODIR = "espace-codir";
    private static final String R62 = "person-referent-62";
    private static final String R80 = "person-referent-80";

    @TempDir
    Path directory;

    private ForumSearchIndex index;
    private ForumLog log;

    @BeforeEach
    void threads() {
        index = new ForumSearchIndex(directory);
        log = new ForumLog(index);
        log.feed(new ThreadStartedEvent("fil-1", HDF, GT, "Études sur l'absentéisme", R62, null),
                 new PostWrittenEvent("fil-1", "p-1", R62, "Les études de l'observatoire sur l'absentéisme des agents.", null, null),
                 new PostWrittenEvent("fil-1", "p-2", R80, "La réunion de jeudi portera sur la méthode.", null, null),
                 new ThreadStartedEvent("fil-2", HDF, CODIR, "Arbitrage du comité", R80, null),
                 new PostWrittenEvent("fil-2", "p-3", R80, "Une réunion confidentielle du comité technique.", null, null));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private List<SearchHit> search(String text, List<String> spaces) {
        return index.handle(new SearchForumQuery(HDF, spaces, text, List.of(), null, null, null, 20));
    }

    @Test
    void aSingularFindsThePluralAndAccentsAreFolded() {
        assertThat(search("étude", List.of(GT))).extracting(SearchHit::postId).contains("p-1");
        assertThat(search("etudes", List.of(GT))).extracting(SearchHit::postId).contains("p-1");
        assertThat(search("reunion", List.of(GT))).extracting(SearchHit::postId).containsExactly("p-2");
        assertThat(search("absenteisme", List.of(GT))).extracting(SearchHit::postId).contains("p-1");
    }

    @Test
    void theTitleCountsAndIsFoundInEveryPostOfItsThread() {
        List<SearchHit> hits = search("absentéisme", List.of(GT));

        assertThat(hits.get(0).postId()).isEqualTo("p-1");
        assertThat(search("études", List.of(GT))).extracting(SearchHit::postId).containsExactlyInAnyOrder("p-1", "p-2");
    }

    @Test
    void anErasedPersonsPostsLeaveTheIndex() {
        log.feed(new fr.entente.cooperation.api.PersonErasedEvent(HDF, R62));

        assertThat(search("observatoire", List.of(GT))).isEmpty();
        assertThat(search("réunion", List.of(GT, CODIR))).extracting(SearchHit::postId).containsExactlyInAnyOrder("p-2", "p-3");
        assertThat(search("études", List.of(GT))).extracting(SearchHit::postId).containsExactly("p-2");
    }

    @Test
    void nothingOfASpaceNotAskedForIsFound() {
        assertThat(search("réunion", List.of(GT))).extracting(SearchHit::postId).containsExactly("p-2");
        assertThat(search("confidentielle", List.of(GT))).isEmpty();
        assertThat(index.handle(new SearchForumQuery("bretagne", List.of(GT, CODIR), "réunion", List.of(), null, null, null, 20)))
                .isEmpty();
        assertThat(search("réunion", List.of())).isEmpty();
    }

    @Test
    void anAuthorsPostsAreFoundByTheirIdentifier() {
        assertThat(index.handle(new SearchForumQuery(HDF, List.of(GT, CODIR), "", List.of(R80), null, null, null, 20)))
                .extracting(SearchHit::postId).containsExactlyInAnyOrder("p-2", "p-3");
    }

    @Test
    void extractsMarkTheWordsFoundAndEscapeTheRest() {
        log.feed(new PostWrittenEvent("fil-1", "p-4", R62, "<script>alert(1)</script> la réunion aura lieu", null, null));

        SearchHit hit = search("réunion", List.of(GT)).stream().filter(found -> found.postId().equals("p-4")).findFirst()
                                                     .orElseThrow();
        assertThat(hit.textExtract()).contains("<mark>réunion</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void aSpaceAndADateRangeNarrowTheSearch() {
        Instant thirdEvent = ForumLog.at(3);
        assertThat(index.handle(new SearchForumQuery(HDF, List.of(GT, CODIR), "réunion", List.of(), CODIR, null, null, 20)))
                .extracting(SearchHit::postId).containsExactly("p-3");
        assertThat(index.handle(new SearchForumQuery(HDF, List.of(GT, CODIR), "réunion", List.of(), null, thirdEvent, null, 20)))
                .extracting(SearchHit::postId).containsExactlyInAnyOrder("p-2", "p-3");
        assertThat(index.handle(new SearchForumQuery(HDF, List.of(GT, CODIR), "réunion", List.of(), null, null, ForumLog.at(2), 20)))
                .isEmpty();
    }

    @Test
    void editedDeletedAndMovedPostsAreSearchedAsTheyAreNow() {
        log.feed(new PostEditedEvent("fil-1", "p-2", 2, "Le séminaire de jeudi portera sur la méthode.", R80),
                 new PostDeletedEvent("fil-1", "p-1", R62),
                 new ThreadMovedEvent("fil-2", HDF, CODIR, GT, R80));

        assertThat(search("séminaire", List.of(GT))).extracting(SearchHit::postId).containsExactly("p-2");
        assertThat(search("observatoire", List.of(GT))).isEmpty();
        assertThat(search("confidentielle", List.of(GT))).extracting(SearchHit::postId).containsExactly("p-3");
    }

    @Test
    void aRestartedIndexGoesOnFromItsOwnPosition() throws Exception {
        index.commit();
        long position = index.position();
        index.close();

        index = new ForumSearchIndex(directory);

        assertThat(index.position()).isEqualTo(position).isEqualTo(5);
        assertThat(search("réunion", List.of(GT))).extracting(SearchHit::postId).containsExactly("p-2");
        log = new ForumLog(index);
        log.feed(new ThreadStartedEvent("fil-9", HDF, GT, "Après le redémarrage", R62, null));
    }

    @Test
    void aResetEmptiesTheIndexForAReplay() throws Exception {
        index.reset();

        assertThat(search("réunion", List.of(GT, CODIR))).isEmpty();
        assertThat(index.position()).isEqualTo(-1);
    }

    @Test
    void besideTheDataDirectory() {
        assertThat(ForumSearchIndex.besideTheData(Path.of("/srv/entente/data")))
                .isEqualTo(Path.of("/srv/entente/data-index/forum"));
    }
}
