package fr.entente.web.decision;

import fr.entente.web.testing.ApiClient;
import fr.entente.web.testing.ApiWorld;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static fr.entente.web.decision.CommitteeDecisions.A;
import static fr.entente.web.decision.CommitteeDecisions.BODY;
import static fr.entente.web.decision.CommitteeDecisions.DIRECTOR_59;
import static fr.entente.web.decision.CommitteeDecisions.DIRECTOR_60;
import static fr.entente.web.decision.CommitteeDecisions.OFFICER;
import static fr.entente.web.decision.CommitteeDecisions.awaitDecision;
import static fr.entente.web.decision.CommitteeDecisions.decision;
import static fr.entente.web.decision.CommitteeDecisions.expect;
import static fr.entente.web.decision.CommitteeDecisions.openArbitration;

/**
 * A technical committee at work in the background, for tests that need the decisions to change while they look: its
 * officer opens an arbitration, both centres vote on it, and again, until stopped; and a director's client to read
 * the decisions' pages and API meanwhile.
 */
public final class CommitteeAtWork implements AutoCloseable {

    private final ApiWorld world;
    private final ApiClient officer;
    private final ApiClient director59;
    private final ApiClient director60;
    private final ApiClient reader;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicReference<String> last = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread worker;

    private CommitteeAtWork(ApiWorld world) {
        CommitteeDecisions.seat(world);
        this.world = world;
        this.officer = world.signedIn(OFFICER);
        this.director59 = world.signedIn(DIRECTOR_59);
        this.director60 = world.signedIn(DIRECTOR_60);
        this.reader = world.signedIn(DIRECTOR_59);
        this.worker = new Thread(this::work, "committee-at-work");
    }

    /** The committee seated, with its officer and directors, without setting it to work. */
    public static void seat(ApiWorld world) {
        CommitteeDecisions.seat(world);
    }

    public static CommitteeAtWork start(ApiWorld world) {
        CommitteeAtWork committee = new CommitteeAtWork(world);
        committee.worker.start();
        return committee;
    }

    private void work() {
        try {
            while (!stop.get()) {
                decideOnce();
                Thread.sleep(20);
            }
        } catch (Throwable e) {
            failure.set(e);
        }
    }

    private String decideOnce() {
        String id = openArbitration(officer, "Question n° " + (opened.get() + 1) + " du comité ?");
        expect(director60.post(decision(id) + "/votes", "{\"option\":\"pour\"}"), 200);
        expect(director59.post(decision(id) + "/votes", "{\"option\":\"contre\"}"), 200);
        // the reader reads it once the read model has it: another person learns of a decision from a page, not
        // before its projection (a rebuild's switch holds the projection a moment, which is not a failed read)
        awaitDecision(world, id, view -> view.votes().size() == 2);
        last.set(id);
        opened.incrementAndGet();
        return id;
    }

    /** Waits until the committee has opened at least {@code count} decisions and the last one shows both votes. */
    public void awaitSomeDecisions(int count) {
        ApiWorld.eventually(() -> java.util.Optional.of(opened.get()).filter(done -> done >= count || failure.get() != null));
        if (failure.get() != null) {
            throw new AssertionError("the committee stopped working", failure.get());
        }
        awaitDecision(world, last.get(), view -> view.votes().size() == 2);
    }

    public int opened() {
        return opened.get();
    }

    public ApiClient reader() {
        return reader;
    }

    /** What a director reads: the last decision (API and page), the body's decisions, the register. */
    public List<String> pathsToRead() {
        String id = last.get();
        return List.of(decision(id), "/cooperations/" + ApiWorld.HDF + "/decisions/" + id, A + "/bodies/" + BODY + "/decisions",
                       "/cooperations/" + ApiWorld.HDF + "/instances/" + BODY + "/registre");
    }

    /** One more decision, once stopped: it is read back with both votes. */
    public void checkLastDecisionShown() {
        String id = decideOnce();
        awaitDecision(world, id, view -> view.votes().size() == 2);
        expect(reader.get(decision(id)), 200);
    }

    public void stop() throws InterruptedException {
        stop.set(true);
        worker.join();
        if (failure.get() != null) {
            throw new AssertionError("the committee stopped working", failure.get());
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop.set(true);
        worker.join();
    }
}
