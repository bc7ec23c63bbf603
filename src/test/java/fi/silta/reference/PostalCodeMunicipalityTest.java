package fi.silta.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A postal code whose place name is a municipality lies in that municipality, as Posti's postal code file has
 * it, except for the few areas Posti itself names after a neighbouring town.
 */
@QuarkusTest
class PostalCodeMunicipalityTest {

    /** Named after a neighbour in Posti's file too: 22140 Mariehamn lies in Jomala, 22840 Lappo in Brändö. */
    private static final List<String> NAMED_AFTER_A_NEIGHBOUR = List.of("22140", "22840", "19430", "94460");

    @Inject
    EntityManager entities;

    @Test
    void aCodeNamedForAMunicipalityPointsToIt() {
        Map<String, String> elsewhere = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            List<?> rows = entities.createNativeQuery("""
                    select p.code, m.code from postal_code p join municipality m
                      on lower(p.place_name) in (lower(m.name_fi), lower(m.name_sv))
                    where p.municipality_code <> m.code""").getResultList();
            rows.forEach(row -> elsewhere.put((String) ((Object[]) row)[0], (String) ((Object[]) row)[1]));
        });
        NAMED_AFTER_A_NEIGHBOUR.forEach(elsewhere::remove);
        assertThat(elsewhere).isEmpty();
        Object helsinki = QuarkusTransaction.requiringNew().call(() -> entities
                .createNativeQuery("select municipality_code from postal_code where code = '00101'").getSingleResult());
        assertThat(helsinki).isEqualTo("091");
    }
}
