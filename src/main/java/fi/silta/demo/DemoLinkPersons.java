package fi.silta.demo;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import fi.silta.referrals.LinkPerson;

/**
 * The demo link-persons' profiles, so a coordinator trying the local run gets suggestions when assigning a
 * case: {@code linkperson} covers Kokkola and its neighbours in Finnish and Swedish, {@code linkperson2}
 * the rural municipalities in Finnish.
 */
@ApplicationScoped
class DemoLinkPersons {

    private static final Logger LOG = Logger.getLogger(DemoLinkPersons.class);

    private final boolean enabled;
    private final EntityManager entityManager;

    DemoLinkPersons(@ConfigProperty(name = "silta.demo-data.enabled", defaultValue = "false") boolean enabled,
            EntityManager entityManager) {
        this.enabled = enabled;
        this.entityManager = entityManager;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!enabled || entityManager.find(LinkPerson.class, "linkperson") != null) {
            return;
        }
        LinkPerson city = new LinkPerson("linkperson");
        city.describe("Linda Linkkinen", "linkperson@silta.example", 15, true, Set.of("272", "217", "236"),
                Set.of("fi", "sv"));
        LinkPerson rural = new LinkPerson("linkperson2");
        rural.describe("Lauri Lähimmäinen", "linkperson2@silta.example", 10, true,
                Set.of("849", "924", "584", "421", "074"), Set.of("fi"));
        entityManager.persist(city);
        entityManager.persist(rural);
        LOG.info("Demo link-person profiles added");
    }
}
