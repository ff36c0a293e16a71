package fr.entente.decision;

import java.util.List;

/** The organisations that vote on a decision, fixed at its opening, and the quorum of them that must vote. */
record Electorate(List<String> organisations, int quorum) {

    Electorate {
        organisations = List.copyOf(organisations);
    }

    boolean includes(String organisationId) {
        return organisations.contains(organisationId);
    }

    int size() {
        return organisations.size();
    }

    /** Half of the voting centres, rounded up: the quorum when none is given. */
    static int defaultQuorum(int size) {
        return (size + 1) / 2;
    }
}
