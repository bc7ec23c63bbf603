package fi.silta.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

import fi.silta.common.LocalizedText;
import fi.silta.organisations.Organisation;
import fi.silta.organisations.OrganisationRepository;
import fi.silta.organisations.OrganisationType;

/**
 * A publisher acts for the organisations whose business ids the identity provider lists in the token's
 * organisation claim, as well as those an admin made them a member of; nobody else does.
 */
@QuarkusTest
class OrganisationClaimTest {

    @Inject
    OrganisationRepository organisations;
    @Inject
    OrganisationMemberships memberships;
    @Inject
    SecurityConfig config;

    private long organisation(String businessId, String member) {
        return QuarkusTransaction.requiringNew().call(() -> {
            organisations.findByBusinessId(businessId).ifPresent(organisations::delete);
            Organisation organisation = new Organisation(LocalizedText.of("Väitetty " + businessId, null, null),
                    OrganisationType.NGO, businessId);
            if (member != null) {
                organisation.addMember(member);
            }
            organisations.persist(organisation);
            return organisation.id();
        });
    }

    private CurrentUser user(String name, String role, Object claim) {
        JwtClaims claims = new JwtClaims();
        claims.setClaim("preferred_username", name);
        claims.setSubject(name);
        if (claim != null) {
            claims.setClaim(config.organisationClaim(), claim);
        }
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new DefaultJWTCallerPrincipal(claims)).addRole(role).build();
        return new CurrentUser(identity, memberships, config);
    }

    @Test
    void theClaimAndTheMembershipBothCount() {
        long claimed = organisation("0201256-6", null);
        long member = organisation("2345678-0", "claimuser");
        long other = organisation("1352389-8", null);

        CurrentUser publisher = QuarkusTransaction.requiringNew()
                .call(() -> {
                    CurrentUser user = user("claimuser", Role.PUBLISHER, List.of("0201256-6"));
                    user.organisationIds();
                    return user;
                });
        assertThat(publisher.organisationIds()).contains(claimed, member).doesNotContain(other);
        assertThat(publisher.publishesFor(claimed)).isTrue();
        assertThat(publisher.publishesFor(other)).isFalse();

        CurrentUser nurse = QuarkusTransaction.requiringNew()
                .call(() -> {
                    CurrentUser user = user("claimnurse", Role.NURSE, List.of("0201256-6"));
                    user.organisationIds();
                    return user;
                });
        assertThat(nurse.publishesFor(claimed)).as("a claim without the publisher role gives nothing").isFalse();
    }
}
