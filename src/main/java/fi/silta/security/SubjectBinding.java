package fi.silta.security;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Keys every signed-in user on the identity provider's subject ({@code sub}), not on the user name alone. Silta
 * records work under user names, which can change or be given to someone else; so a user name is bound to the
 * subject that first signs in with it, and a token whose user name is bound to another subject keeps its name but
 * loses every Silta role: it reads no referral, works no case and publishes for no organisation.
 */
@ApplicationScoped
class SubjectBinding implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(SubjectBinding.class);

    private final EntityManager entityManager;
    private final Clock clock;
    private final ConcurrentMap<String, String> confirmed = new ConcurrentHashMap<>();

    SubjectBinding(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || token.getSubject() == null) {
            return Uni.createFrom().item(identity);
        }
        String username = identity.getPrincipal().getName();
        String subject = token.getSubject();
        if (subject.equals(confirmed.get(username))) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            String bound = QuarkusTransaction.requiringNew().call(() -> boundSubject(username, subject));
            if (subject.equals(bound)) {
                confirmed.put(username, subject);
                return identity;
            }
            LOG.warnf("The user name %s belongs to another account of the identity provider: signed in without roles",
                    username);
            return withoutRoles(identity);
        });
    }

    /** The subject the user name is bound to, binding it to this one if it is new. */
    private String boundSubject(String username, String subject) {
        entityManager.createNativeQuery("INSERT INTO staff_identity (username, subject, bound_at) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (username) DO NOTHING").setParameter(1, username).setParameter(2, subject)
                .setParameter(3, clock.instant()).executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> subjects = entityManager.createNativeQuery("SELECT subject FROM staff_identity WHERE username = ?1")
                .setParameter(1, username).getResultList();
        return subjects.isEmpty() ? null : subjects.get(0);
    }

    private static SecurityIdentity withoutRoles(SecurityIdentity identity) {
        Principal principal = identity.getPrincipal();
        return QuarkusSecurityIdentity.builder().setPrincipal(principal).addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes()).setAnonymous(false).build();
    }
}
