package fi.silta.importers;

/** One record cannot be imported; the message says why, for the run's list of failed records. */
public class RecordException extends RuntimeException {

    public RecordException(String message) {
        super(message, null, false, false);
    }
}
