package fi.silta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import fi.silta.common.Language;
import fi.silta.services.ProfessionalInfoRepository;
import fi.silta.services.ServiceListing;
import fi.silta.services.ServiceMapper;
import fi.silta.services.ServiceRepository;

/**
 * The local run's demo services: loaded on the demo catalogue's organisations and places, published, in both demo
 * counties, with notes for professionals on some that residents' view never holds, and loaded once. The whole load
 * is rolled back, so the other tests never meet the demo catalogue.
 */
@QuarkusTest
class DemoServicesTest {

    @Inject
    DemoDataLoader catalogue;
    @Inject
    DemoServices demoServices;
    @Inject
    ServiceRepository services;
    @Inject
    ProfessionalInfoRepository professionalInfo;
    @Inject
    ServiceMapper mapper;

    @Test
    void theDemoHasPublishedServicesAroundAnOlderPersonAtHomeInBothCounties() {
        QuarkusTransaction.begin();
        try {
            catalogue.load();
            assertThat(demoServices.load()).isEqualTo(8);
            List<ServiceListing> loaded = services.list("source", DemoDataLoader.SOURCE);
            assertThat(loaded).hasSize(8).allSatisfy(s -> assertThat(s.isPublished()).as(s.originId()).isTrue());
            assertThat(loaded.stream().map(s -> s.organisation().county().code()).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("18", "17");
            assertThat(loaded.stream().map(s -> s.organisation().type().name()).collect(Collectors.toSet()))
                    .contains("MUNICIPALITY", "COMPANY", "NGO", "PARISH", "WELLBEING_COUNTY");
            assertThat(loaded.stream().filter(s -> !s.locations().isEmpty())).hasSizeGreaterThanOrEqualTo(4);
            assertThat(loaded.stream().filter(s -> s.name().sv() != null)).hasSizeGreaterThanOrEqualTo(6);
            assertThat(loaded.stream().map(s -> s.name().fi()).toList()).contains("Kotiin kuljetettava ateriapalvelu",
                    "Kotisiivous ja kodinhoitoapu", "Palveluliikenne", "Omaishoitajien tuki ja lomitus",
                    "Muistiystävien vertaisryhmä", "Apuvälinelainaamo");

            List<ServiceListing> withNotes = loaded.stream()
                    .filter(s -> professionalInfo.ofService(s.id()).isPresent()).toList();
            assertThat(withNotes).hasSizeGreaterThanOrEqualTo(4);
            for (ServiceListing service : withNotes) {
                String notes = professionalInfo.ofService(service.id()).orElseThrow().howToRefer();
                assertThat(mapper.detail(service, Language.FI).toString()).doesNotContain(notes);
            }

            // Loaded once: a later start adds nothing.
            assertThat(demoServices.load()).isZero();
            assertThat(services.count("source", DemoDataLoader.SOURCE)).isEqualTo(8);
            assertThat(Set.copyOf(loaded.stream().map(ServiceListing::originId).toList())).hasSize(8);
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
