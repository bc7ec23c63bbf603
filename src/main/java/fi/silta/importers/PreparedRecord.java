package fi.silta.importers;

import java.time.Instant;

/**
 * A record ready to be written: with the source's defaults, its content hash, its match key, and the start
 * of its next session (or its first ever, when none is ahead) for recognising the same activity elsewhere.
 */
public record PreparedRecord(ImportedActivity record, String contentHash, String matchKey, Instant firstStart) {

    public String originId() {
        return record.originId();
    }
}
