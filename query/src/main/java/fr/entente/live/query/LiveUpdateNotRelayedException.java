package fr.entente.live.query;

/** The broker did not confirm a live update in time: the projection handles its event again. */
public class LiveUpdateNotRelayedException extends RuntimeException {

    public LiveUpdateNotRelayedException(String message, Throwable cause) {
        super(message, cause);
    }
}
