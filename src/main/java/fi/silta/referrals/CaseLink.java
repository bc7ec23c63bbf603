package fi.silta.referrals;

import java.util.Optional;

import fi.silta.common.Language;
import fi.silta.common.web.Link;

/**
 * A link another feature adds to the case page for whoever works an open case (for example asking a helper to go
 * with the client). The referral never depends on that feature: the feature implements this interface, and the case
 * page lists what the implementations give. A link carries the referral's number only, never client data.
 */
public interface CaseLink {

    /** The page's place of this link among the others (lower first). */
    int order();

    /** The link for the open case the caller works, in the page's language, if this feature offers one. */
    Optional<Link> link(long referralId, Language language);
}
