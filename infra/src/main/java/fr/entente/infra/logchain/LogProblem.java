package fr.entente.infra.logchain;

/**
 * The first thing found wrong with the log, at a position of the global sequence.
 *
 * @param kind     what is wrong
 * @param position where: the position of the entry (or of the link, or of the checkpoint) concerned
 * @param detail   more, in plain words, for an operator (never personal data: positions, dates and digests only)
 */
public record LogProblem(Kind kind, String position, String detail) {

    public enum Kind {
        /** An entry differs from what the chain digested at its position. */
        ALTERED,
        /** The entry the chain digested at a position is found at another one. */
        REORDERED,
        /** A position the chain covers holds nothing any more. */
        MISSING,
        /** An entry sits where the chain never saw one. */
        INSERTED,
        /** A link of the chain itself was rewritten. */
        CHAIN_ALTERED,
        /** A signed checkpoint does not match the log as it is now: the log was rewritten before that date. */
        CHECKPOINT_MISMATCH,
        /** A checkpoint's signature does not verify with the hub's public key. */
        CHECKPOINT_FORGED
    }
}
