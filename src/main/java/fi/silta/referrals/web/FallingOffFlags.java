package fi.silta.referrals.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import fi.silta.common.web.PageContext;
import fi.silta.referrals.FallingOffConfig;
import fi.silta.referrals.ReferralPaths;
import fi.silta.referrals.api.FallingOffCase;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * The falling-off flags on the coordinator's own referral list, read by the list as {@code inject:fallingOffFlags}:
 * the same cases and reasons as the falling-off report, worked out once per page. Other roles see none.
 */
@Named("fallingOffFlags")
@RequestScoped
public class FallingOffFlags {

    private final ReferralPaths paths;
    private final FallingOffConfig config;
    private final CurrentUser user;
    private final PageContext page;
    private Map<Long, List<String>> flags;

    FallingOffFlags(ReferralPaths paths, FallingOffConfig config, CurrentUser user, PageContext page) {
        this.paths = paths;
        this.config = config;
        this.user = user;
        this.page = page;
    }

    /** The flags of one case in the page's language; empty when it raises none or the reader is no coordinator. */
    public List<String> of(long id) {
        if (flags == null) {
            ReferralListMessages text = page.messages(ReferralListMessages.class);
            flags = user.has(Role.COORDINATOR)
                    ? paths.fallingOff(config.rules()).stream().collect(Collectors.toMap(FallingOffCase::id,
                            c -> c.flags().stream().map(text::flag).toList()))
                    : Map.of();
        }
        return flags.getOrDefault(id, List.of());
    }
}
