package fr.entente.infra.audit;

/** A command was sent without saying who acts: a programming error, never a user's. */
public class MissingActorException extends IllegalStateException {

    public MissingActorException(String commandName, String missingKey) {
        super("Command " + commandName + " carries no '" + missingKey
              + "' metadata: send commands with an Actor (Actor#toMetaData) so that the log records who acted");
    }
}
