package fi.silta.resources;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;

import fi.silta.common.Language;
import fi.silta.common.problem.ProblemException;
import fi.silta.resources.api.DocumentFile;
import fi.silta.resources.api.ResourceHits;
import fi.silta.resources.api.ResourceView;
import fi.silta.search.analysis.FinnishMorphology;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * Reading the resource bank: finding published resources in the {@code resource} index with the catalogue's
 * Finnish-grade analysers, one resource, and its document. Residents reach only resources for the public; signed-in
 * staff and partners' members (the roles that read services' notes for professionals) reach both audiences. A
 * resource a reader may not see is "not found", so its existence is not told.
 */
@ApplicationScoped
public class ResourceBankService {

    /**
     * The roles that read resources for professionals: signed-in staff of every role but the helper's (a young person
     * or volunteer taking helping tasks, no professional), as for what organisations tell professionals about services.
     */
    public static final Set<String> STAFF = Set.of(Role.NURSE, Role.LINK_PERSON, Role.COORDINATOR, Role.PUBLISHER,
            Role.ADMIN, Role.ANALYST, Role.TASK_HOST, Role.VETTER);

    private final ResourceRepository resources;
    private final ResourceDocumentRepository documents;
    private final ResourceMapper mapper;
    private final SearchSession search;
    private final CurrentUser user;

    ResourceBankService(ResourceRepository resources, ResourceDocumentRepository documents, ResourceMapper mapper,
            SearchSession search, CurrentUser user) {
        this.resources = resources;
        this.documents = documents;
        this.mapper = mapper;
        this.search = search;
        this.user = user;
    }

    /** Whether the signed-in user reads resources for professionals. */
    public boolean readsProfessionals() {
        return user.signedIn() && STAFF.stream().anyMatch(user::has);
    }

    /**
     * Published resources matching every word (any language; Finnish by stem and compound part), of the topic and
     * audience when given; best match first, then newest. Resources for professionals only when {@code professionals}
     * is asked for and the user reads them: a public page asks for none, whoever looks at it.
     */
    @Transactional
    public ResourceHits find(String query, ResourceTopic topic, ResourceAudience audience, boolean professionals,
            int page, int size, Language language) {
        boolean both = professionals && readsProfessionals();
        if (!both && audience == ResourceAudience.PROFESSIONALS) {
            // Asked for material for professionals by someone who may not read it: there is none for them.
            return new ResourceHits(0, page, size, List.of());
        }
        List<String> words = query == null ? List.of() : FinnishMorphology.words(query);
        SearchResult<ResourceListing> result = search.search(ResourceListing.class)
                .where(f -> f.bool(b -> {
                    b.must(f.match().field("status").matching(ResourceStatus.PUBLISHED));
                    if (!both) {
                        b.must(f.match().field("audience").matching(ResourceAudience.PUBLIC));
                    } else if (audience != null) {
                        b.must(f.match().field("audience").matching(audience));
                    }
                    if (topic != null) {
                        b.must(f.match().field("topic").matching(topic));
                    }
                    for (String word : words) {
                        b.must(word(f, word));
                    }
                }))
                .sort(f -> f.score().then().field("id_sort").desc())
                .fetch(page * size, size);
        return new ResourceHits(result.total().hitCount(), page, size,
                result.hits().stream().map(r -> mapper.view(r, language)).toList());
    }

    /** A published resource the user may read. */
    @Transactional
    public ResourceView get(long id, Language language) {
        return mapper.view(readable(id), language);
    }

    /**
     * The document of a resource the user may read: a published one of a reachable audience, or any of those the user
     * keeps (to check a draft's document before publishing it).
     */
    @Transactional
    public DocumentFile document(long id) {
        ResourceListing resource = resources.findByIdOptional(id).filter(this::keeps)
                .orElseGet(() -> readable(id));
        if (resource.documentName() == null) {
            throw ProblemException.notFound("The document");
        }
        ResourceDocument document = documents.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("The document"));
        return new DocumentFile(resource.documentName(), document.content(), document.sha256());
    }

    /** Whether the resource is for professionals only (for the answer's caching rule). */
    @Transactional
    public boolean forProfessionals(long id) {
        return resources.findByIdOptional(id).map(r -> r.audience() == ResourceAudience.PROFESSIONALS).orElse(true);
    }

    private boolean keeps(ResourceListing resource) {
        return resource.organisation() == null ? user.isAdmin() : user.publishesFor(resource.organisation().id());
    }

    private ResourceListing readable(long id) {
        return resources.published(id)
                .filter(r -> r.audience() == ResourceAudience.PUBLIC || readsProfessionals())
                .orElseThrow(() -> ProblemException.notFound("The resource"));
    }

    /**
     * One word matches by its stem in the title (weighed most) or the description, in any language; or, in Finnish,
     * by the prefixes every inflected form of it starts with, at half the weight.
     */
    private static BooleanPredicateClausesStep<?, ?> word(SearchPredicateFactory f, String word) {
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        // Title 10, description 2: a resource named for the word is the one most likely meant.
        for (String field : new String[] { "title", "description" }) {
            float boost = field.equals("title") ? 10 : 2;
            any.should(f.match().field(field + ".fi").matching(word).boost(boost));
            any.should(f.match().field(field + ".sv").matching(word).boost(boost));
            any.should(f.match().field(field + ".en").matching(word).boost(boost));
            any.should(f.terms().field(field + ".fi_prefix")
                    .matchingAny(List.copyOf(FinnishMorphology.stemVariants(FinnishMorphology.fold(word))))
                    .boost(boost / 2));
        }
        return any;
    }
}
