package fi.silta.referrals.api;

/**
 * What the re-encryption command did: the id of the key everything is now encrypted with, how many values it
 * encrypted again, and how many identity codes' blind indexes it computed again.
 */
public record ReencryptionResult(String keyId, int reEncrypted, int reindexed) {
}
