package uk.gov.devon.rpassistant.state;

/** Someone else wrote the state since it was read; read it again and retry. */
public class StateConflictException extends RuntimeException {

    public StateConflictException() {
        super("The state was changed by another writer since it was read");
    }
}
