package fr.entente.audit.query;

/**
 * Why an act happened: the earlier acts of the same cooperation it follows from, oldest first: the event whose handling
 * sent its command, and the acts that first named what it refers to (the request an item was made from, the item a
 * proposal was made on…), and theirs in turn.
 */
public record FindTrailCausesQuery(String cooperationId, long position) {
}
