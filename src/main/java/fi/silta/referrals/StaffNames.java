package fi.silta.referrals;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import fi.silta.security.CurrentUser;

/**
 * The names staff go by, so that pages name people, not user names: a link-person's profile name first, else the
 * name the identity provider last gave for the user when they worked on a referral, else the user name.
 */
@ApplicationScoped
public class StaffNames {

    private final EntityManager entities;
    private final LinkPersonRepository linkPersons;
    private final CurrentUser user;
    private final Clock clock;

    StaffNames(EntityManager entities, LinkPersonRepository linkPersons, CurrentUser user, Clock clock) {
        this.entities = entities;
        this.linkPersons = linkPersons;
        this.user = user;
        this.clock = clock;
    }

    /** Keeps the signed-in user's name as the token gives it, when it gives one; called in a writing transaction. */
    void remember() {
        user.displayName().ifPresent(name -> entities.createNativeQuery("""
                INSERT INTO staff_name (username, display_name, seen_at) VALUES (?1, ?2, ?3)
                ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, seen_at = excluded.seen_at
                """).setParameter(1, user.username()).setParameter(2, name.length() > 200 ? name.substring(0, 200)
                : name).setParameter(3, clock.instant()).executeUpdate());
    }

    /** Each user name with the name to show for it (the user name itself when no other is known). */
    Map<String, String> of(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        List<String> wanted = usernames.stream().filter(name -> name != null).distinct().toList();
        if (wanted.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> known = entities
                .createNativeQuery("SELECT username, display_name FROM staff_name WHERE username IN (?1)")
                .setParameter(1, wanted).getResultList();
        known.forEach(row -> names.put((String) row[0], (String) row[1]));
        for (String username : wanted) {
            linkPersons.findByIdOptional(username).map(LinkPerson::displayName).filter(n -> !n.isBlank())
                    .ifPresent(n -> names.put(username, n));
            names.putIfAbsent(username, username);
        }
        return names;
    }
}
