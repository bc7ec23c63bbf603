package fi.silta.services;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;

import io.quarkus.security.ForbiddenException;

import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.search.ServiceFinder;
import fi.silta.search.analysis.FinnishMorphology;
import fi.silta.search.api.ServiceCriteria;
import fi.silta.search.api.ServiceResults;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;
import fi.silta.services.api.ServiceDetail;
import fi.silta.services.api.ServiceForProfessionals;
import fi.silta.services.api.ServiceHits;

/**
 * Reading services: one published service as residents read it, the same with what professionals only may read,
 * and finding published services in the {@code service} index with the catalogue's Finnish-grade analysers (also
 * for the resident search page and the referrals' search, as the search feature's {@link ServiceFinder}).
 */
@ApplicationScoped
public class ServiceCatalogueService implements ServiceFinder {

    /**
     * The roles of signed-in staff: every role but the helper's, a young person or volunteer who takes helping tasks
     * and is no professional. A publisher counts as a partner organisation's member, by membership, not by role.
     */
    static final Set<String> STAFF_ROLES = Set.of(Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR, Role.ADMIN,
            Role.ANALYST, Role.TASK_HOST, Role.VETTER);

    private final ServiceRepository services;
    private final ProfessionalInfoRepository professionalInfo;
    private final ServiceMapper mapper;
    private final SearchSession search;
    private final CurrentUser user;

    ServiceCatalogueService(ServiceRepository services, ProfessionalInfoRepository professionalInfo,
            ServiceMapper mapper, SearchSession search, CurrentUser user) {
        this.user = user;
        this.services = services;
        this.professionalInfo = professionalInfo;
        this.mapper = mapper;
        this.search = search;
    }

    /** A published service; an unknown, draft or archived one is "not found". */
    @Transactional
    public ServiceDetail get(long id, Language language) {
        return mapper.detail(published(id), language);
    }

    /**
     * The service with what its organisation tells professionals, for signed-in staff of any role and partner
     * organisations' members (users who publish for an organisation); anyone else is refused (403).
     */
    @Transactional
    public ServiceForProfessionals forProfessionals(long id, Language language) {
        if (STAFF_ROLES.stream().noneMatch(user::has) && user.organisationIds().isEmpty()) {
            throw new ForbiddenException("Not staff nor a partner organisation's member");
        }
        ServiceListing service = published(id);
        return new ServiceForProfessionals(mapper.detail(service, language),
                mapper.professional(professionalInfo.ofService(id).orElse(null)),
                mapper.professional(professionalInfo.ofOrganisation(service.organisation().id()).orElse(null)));
    }

    /**
     * Published services matching the words (all of them, in any language; Finnish by stem and compound part) and
     * serving the municipality when one is given; best match first, then by id so paging is stable.
     */
    @Transactional
    public ServiceHits find(String query, String municipality, int page, int size, Language language) {
        List<String> words = query == null ? List.of() : FinnishMorphology.words(query);
        SearchResult<ServiceListing> result = search.search(ServiceListing.class)
                .where(f -> f.bool(b -> {
                    b.must(f.match().field("status").matching(ServiceStatus.PUBLISHED));
                    if (municipality != null && !municipality.isBlank()) {
                        b.must(f.match().field("area_code").matching(municipality.strip()));
                    }
                    for (String word : words) {
                        b.must(word(f, word));
                    }
                }))
                .sort(f -> f.score().then().field("id_sort"))
                .fetch(page * size, size);
        return new ServiceHits(result.total().hitCount(), page, size,
                result.hits().stream().map(s -> mapper.hit(s, language)).toList());
    }

    /**
     * Published services matching the words, given in one of the municipalities, in one of the categories, for one
     * of the target groups, free or not, as each is asked; best match first, then by id so paging is stable.
     */
    @Override
    @Transactional
    public ServiceResults find(ServiceCriteria criteria, Language language) {
        List<String> words = criteria.text() == null ? List.of() : FinnishMorphology.words(criteria.text());
        int page = Math.max(1, criteria.page());
        SearchResult<ServiceListing> result = search.search(ServiceListing.class)
                .where(f -> f.bool(b -> {
                    b.must(f.match().field("status").matching(ServiceStatus.PUBLISHED));
                    anyOf(f, b, "area_code", criteria.municipalities());
                    anyOf(f, b, "category_code", criteria.categories());
                    anyOf(f, b, "target_group_code", criteria.targetGroups());
                    if (criteria.free() != null) {
                        b.must(f.match().field("free").matching(criteria.free()));
                    }
                    for (String word : words) {
                        b.must(word(f, word));
                    }
                }))
                .sort(f -> f.score().then().field("id_sort"))
                .fetch((page - 1) * criteria.size(), criteria.size());
        return new ServiceResults(result.total().hitCount(), page, criteria.size(),
                result.hits().stream().map(s -> mapper.result(s, language)).toList());
    }

    private static void anyOf(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> b, String field,
            Set<String> codes) {
        if (!codes.isEmpty()) {
            b.must(f.terms().field(field).matchingAny(List.copyOf(codes)));
        }
    }

    /**
     * One word matches by its stem in the name (weighed most), in who it is for, or in the description, in any
     * language; or, in Finnish, by the prefixes every inflected form of it starts with (kuljetus finds
     * kuljetuspalvelua) at half the weight.
     */
    private static BooleanPredicateClausesStep<?, ?> word(SearchPredicateFactory f, String word) {
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        // Name 10, eligibility 4, description 2: a service named for the word is the one most likely meant.
        for (String field : new String[] { "name", "eligibility", "description" }) {
            float boost = field.equals("name") ? 10 : field.equals("eligibility") ? 4 : 2;
            any.should(f.match().field(field + ".fi").matching(word).boost(boost));
            any.should(f.match().field(field + ".sv").matching(word).boost(boost));
            any.should(f.match().field(field + ".en").matching(word).boost(boost));
            any.should(f.terms().field(field + ".fi_prefix")
                    .matchingAny(List.copyOf(FinnishMorphology.stemVariants(FinnishMorphology.fold(word))))
                    .boost(boost / 2));
        }
        return any;
    }

    private ServiceListing published(long id) {
        return services.published(id).orElseThrow(() -> ProblemException.notFound("The service"));
    }
}
