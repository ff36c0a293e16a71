package fr.entente.web.operations;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import fr.entente.infra.cluster.ScheduledWorkLeases;
import fr.entente.web.testing.ApiWorld;
import fr.entente.web.testing.SharedApiWorld;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static fr.entente.web.testing.ApiWorld.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub's scheduled work takes its leases in the store, so that a second node would skip what this one runs: the
 * log's chain, the forum's digest, the decisions' deadlines and the arbitrations' reminders each hold a lease at their
 * turns, and a lease another node holds keeps this node's turn from running.
 */
@ExtendWith(SharedApiWorld.class)
class ScheduledWorkLeasesInTheHubTest {

    @Test
    void theHubsJobsTakeTheirLeasesAndSkipATurnWhileAnotherNodeHoldsOne(ApiWorld world) {
        MongoDatabase database = world.bean(MongoDatabase.class);
        Set<String> expected = Set.of("log-chain", "forum-digest", "decision-deadlines", "arbitration-reminders");
        Set<String> taken = eventually(() -> Optional.of(database.getCollection(ScheduledWorkLeases.COLLECTION).find()
                                                                 .map(lease -> lease.getString("_id")).into(new HashSet<>()))
                                                     .filter(leases -> leases.containsAll(expected)));
        assertThat(taken).containsAll(expected);
        assertThat(database.getCollection(ScheduledWorkLeases.COLLECTION).find(Filters.eq("_id", "log-chain")).first())
                .as("a lease says which node held it, and until when")
                .extracting(lease -> lease.keySet()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                .contains("lockUntil", "lockedAt", "lockedBy");

        // another node holding the chain's lease: this node's turns skip it
        ScheduledWorkLeases otherNode = new ScheduledWorkLeases(database);
        List<Boolean> thisNodeRan = new java.util.ArrayList<>();
        // (from another thread: a thread that holds a lease may run nested work under it)
        otherNode.runAlone("log-chain", () -> thisNodeRan.add(
                java.util.concurrent.CompletableFuture.supplyAsync(() -> world.bean(ScheduledWorkLeases.class)
                        .runAlone("log-chain", () -> { })).join()));
        assertThat(thisNodeRan).containsExactly(false);
        Document lease = database.getCollection(ScheduledWorkLeases.COLLECTION).find(Filters.eq("_id", "log-chain")).first();
        assertThat(lease).isNotNull();
    }
}
