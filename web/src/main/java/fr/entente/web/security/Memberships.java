package fr.entente.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.entente.cooperation.query.FindMembershipQuery;
import fr.entente.cooperation.query.FindMembershipsQuery;
import fr.entente.cooperation.query.MembershipView;
import fr.entente.live.query.LiveTopics;
import fr.entente.live.query.LiveUpdate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What each person is in each cooperation (the {@code memberships} read model), kept in memory between their
 * requests: every access check asks here, and fifty open pages refreshing after a change must not read the store
 * fifty times. An entry is dropped the moment the person's memberships change (the membership projection announces
 * it on the person's live topic), so that a right withdrawn is withdrawn at once.
 */
@Component
public class Memberships {

    private record Key(String cooperationId, String personId) {
    }

    private final QueryGateway queries;
    private final Cache<Key, Optional<MembershipView>> cache = Caffeine.newBuilder()
            .maximumSize(20_000).expireAfterAccess(Duration.ofMinutes(30)).build();
    /** Every cooperation of a person, which each request of theirs checks: removed from the last, they are let go. */
    private final Cache<String, List<MembershipView>> everywhere = Caffeine.newBuilder()
            .maximumSize(20_000).expireAfterAccess(Duration.ofMinutes(30)).build();
    /** Bumped at each change of a person's memberships: a read that started before it is not kept. */
    private final ConcurrentHashMap<String, AtomicLong> generations = new ConcurrentHashMap<>();

    public Memberships(QueryGateway queries) {
        this.queries = queries;
    }

    public Optional<MembershipView> of(String cooperationId, String personId) {
        if (cooperationId == null || personId == null) {
            return Optional.empty();
        }
        Key key = new Key(cooperationId, personId);
        Optional<MembershipView> cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        long generation = generation(personId).get();
        Optional<MembershipView> read = queries.query(new FindMembershipQuery(cooperationId, personId),
                                                      ResponseTypes.optionalInstanceOf(MembershipView.class)).join();
        cache.put(key, read);
        if (generation(personId).get() != generation) {
            cache.invalidate(key);
        }
        return read;
    }

    /** The person's memberships of every cooperation they belong to; none once removed from the last. */
    public List<MembershipView> everywhere(String personId) {
        List<MembershipView> cached = everywhere.getIfPresent(personId);
        if (cached != null) {
            return cached;
        }
        long generation = generation(personId).get();
        List<MembershipView> read = List.copyOf(queries.query(new FindMembershipsQuery(personId),
                                                              ResponseTypes.multipleInstancesOf(MembershipView.class)).join());
        everywhere.put(personId, read);
        if (generation(personId).get() != generation) {
            everywhere.invalidate(personId);
        }
        return read;
    }

    /** Whether the person belongs to a cooperation still: only then may they sign in and keep a session. */
    public boolean belongsToACooperation(String personId) {
        return !everywhere(personId).isEmpty();
    }

    /** Whether the person administers a cooperation: what the operations' details ask of a person. */
    public boolean administersACooperation(String personId) {
        return everywhere(personId).stream().anyMatch(MembershipView::administrator);
    }

    /** First of the listeners: those that check rights again after a change must not read what was known before it. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(LiveUpdate update) {
        LiveTopics.personOf(update.topic()).ifPresent(this::forget);
    }

    /** Forgets what is known of this person's memberships. */
    public void forget(String personId) {
        generation(personId).incrementAndGet();
        cache.asMap().keySet().removeIf(key -> key.personId().equals(personId));
        everywhere.invalidate(personId);
    }

    private AtomicLong generation(String personId) {
        return generations.computeIfAbsent(personId, id -> new AtomicLong());
    }
}
