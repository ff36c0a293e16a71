package fr.entente.cooperation.api;

/** What creating a body did: the body as the cooperation now holds it. */
public record BodyReceipt(String bodyId, BodyKind kind, String name) {

    public static BodyReceipt from(BodyCreatedEvent created) {
        return new BodyReceipt(created.bodyId(), created.kind(), created.name());
    }
}
