package fr.entente.web.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import fr.entente.web.testing.SignedInSession;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.stream.StreamSupport;

/**
 * What an open live page's script does with its frames ({@code sections.js}): asks the server for the sections that
 * show what changed, one request at a time, gathering the frames that come while a request is under way into the
 * next. A frame's position counts as shown once a request covering it has answered.
 */
final class PageScript {

    private final SignedInSession person;
    private final LiveSectionsOfAPage sections;
    private final String meetingId;
    private final String cooperationId;
    private final String wholePage;
    private final ExecutorService browser;
    private final Map<Long, Long> framesAt = new ConcurrentHashMap<>();
    private final Map<Long, Long> shownAt = new ConcurrentHashMap<>();
    private final Set<String> waitingChanges = new LinkedHashSet<>();
    private final List<Long> waitingPositions = new ArrayList<>();
    private boolean asking;

    PageScript(SignedInSession person, LiveSectionsOfAPage sections, String meetingId, String cooperationId,
               String wholePage, ExecutorService browser) {
        this.person = person;
        this.sections = sections;
        this.meetingId = meetingId;
        this.cooperationId = cooperationId;
        this.wholePage = wholePage;
        this.browser = browser;
    }

    void onFrame(JsonNode frame) {
        long position = frame.get("position").asLong();
        framesAt.putIfAbsent(position, System.nanoTime());
        synchronized (this) {
            StreamSupport.stream(frame.path("changes").spliterator(), false).map(JsonNode::asText)
                         .forEach(waitingChanges::add);
            waitingPositions.add(position);
            if (asking) {
                return;
            }
            asking = true;
        }
        browser.execute(this::ask);
    }

    private void ask() {
        List<Long> covered;
        List<String> changes;
        synchronized (this) {
            covered = new ArrayList<>(waitingPositions);
            changes = new ArrayList<>(waitingChanges);
            waitingPositions.clear();
            waitingChanges.clear();
        }
        long since = covered.stream().mapToLong(Long::longValue).max().orElse(0);
        String path = wholePage != null ? wholePage : sections.request(meetingId, cooperationId, changes, since);
        try {
            if (person.get(path).statusCode() == 200) {
                long now = System.nanoTime();
                covered.forEach(position -> shownAt.putIfAbsent(position, now));
            }
        } catch (Exception e) {
            // a refresh that failed shows nothing: its frames count as not shown
        }
        synchronized (this) {
            if (waitingPositions.isEmpty()) {
                asking = false;
                return;
            }
        }
        browser.execute(this::ask);
    }

    /** Forgets the updates received and shown so far: those of the warm-up. */
    void forget() {
        framesAt.clear();
        shownAt.clear();
    }

    Map<Long, Long> framesAt() {
        return framesAt;
    }

    Map<Long, Long> shownAt() {
        return shownAt;
    }
}
