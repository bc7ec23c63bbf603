package fi.silta.referrals;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.vertx.ext.web.RoutingContext;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.security.Role;

/**
 * Writes to the client-data access log the refusals that never reach {@link ReferralAccess}: a signed-in user whose
 * role may not use a referral or client-data address at all (a publisher asking for a referral, say) is refused
 * by the role check before any referral is loaded. The entry names the referral when the address does.
 */
@ApplicationScoped
class RoleRefusals {

    private static final Pattern CLIENT_DATA = Pattern
            .compile("^/(?:api/v1|staff)/(?:referrals|admin/clients|admin/client-data|reports/paths|reports/falling-off)"
                    + "(?:/([0-9]{1,18}))?(?:/.*)?$");

    private final AuditLog log;

    RoleRefusals(AuditLog log) {
        this.log = log;
    }

    void refused(@ObservesAsync AuthorizationFailureEvent event) {
        SecurityIdentity identity = event.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()
                || !(event.getEventProperties().get(RoutingContext.class.getName()) instanceof RoutingContext request)) {
            return;
        }
        String path = request.normalizedPath();
        Matcher matcher = CLIENT_DATA.matcher(path);
        if (!matcher.matches()) {
            return;
        }
        Long referralId = matcher.group(1) == null ? null : Long.valueOf(matcher.group(1));
        String role = List.of(Role.COORDINATOR, Role.LINK_PERSON, Role.NURSE, Role.ADMIN, Role.PUBLISHER, Role.ANALYST).stream()
                .filter(identity::hasRole).findFirst().orElse("none");
        log.recordRefusal(Trail.CLIENT_DATA,
                AuditEntry.of(identity.getPrincipal().getName(), role, "role-refused", "referral", referralId)
                        .purpose(ReferralAccess.PURPOSE).outcome(AuditEntry.Outcome.DENIED)
                        .details(request.request().method().name() + " " + path));
    }
}
