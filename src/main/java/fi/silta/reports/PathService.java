package fi.silta.reports;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.referrals.FallingOffConfig;
import fi.silta.referrals.ReferralPaths;
import fi.silta.referrals.api.FallingOffCase;
import fi.silta.referrals.api.PathEntry;
import fi.silta.reports.api.FallingOffRow;
import fi.silta.reports.api.FallingOffThresholds;
import fi.silta.reports.api.PathLine;
import fi.silta.security.Role;

/**
 * Clients' paths and where they fall off: the referral feature reads and checks each referral (and writes the
 * access log); this service applies the county's thresholds ({@code silta.reports.falling-off.*}).
 */
@ApplicationScoped
public class PathService {

    private final ReferralPaths paths;
    private final FallingOffConfig config;
    private final ReportsMapper mapper;

    PathService(ReferralPaths paths, FallingOffConfig config, ReportsMapper mapper) {
        this.paths = paths;
        this.config = config;
        this.mapper = mapper;
    }

    /** The open cases of the county whose client may be falling off the path, the longest silent first. */
    @RolesAllowed(Role.COORDINATOR)
    public List<FallingOffCase> fallingOff() {
        return paths.fallingOff(config.rules());
    }

    /** The thresholds of the falling-off list, for its page to state. */
    public FallingOffThresholds thresholds() {
        return new FallingOffThresholds(config.contactAttempts(), config.unassignedDays(), config.silentDays(),
                config.sessionsMissed());
    }

    /** Every referral and handover of the client of this referral that the user may read, in time order. */
    @RolesAllowed({ Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR })
    public List<PathEntry> path(long referralId) {
        return paths.path(referralId);
    }

    /** The falling-off list in the words of a language, for the coordinator's page. */
    @RolesAllowed(Role.COORDINATOR)
    public List<FallingOffRow> fallingOff(Language language) {
        ReportMessages text = MessageBundles.get(ReportMessages.class, Localized.Literal.of(language.code()));
        return fallingOff().stream().map(c -> mapper.fallingOff(c, language, text)).toList();
    }

    /** The client's path in the words of a language, for the path page. */
    @RolesAllowed({ Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR })
    public List<PathLine> pathLines(long referralId, Language language) {
        ReportMessages text = MessageBundles.get(ReportMessages.class, Localized.Literal.of(language.code()));
        return path(referralId).stream().map(e -> mapper.pathLine(e, text)).toList();
    }
}
