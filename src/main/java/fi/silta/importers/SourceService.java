package fi.silta.importers;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fi.silta.audit.AuditEntry;
import fi.silta.audit.AuditLog;
import fi.silta.audit.AuditLog.Trail;
import fi.silta.catalogue.Category;
import fi.silta.catalogue.CategoryRepository;
import fi.silta.catalogue.TargetGroup;
import fi.silta.catalogue.TargetGroupRepository;
import fi.silta.common.Language;
import fi.silta.common.LocalizedText;
import fi.silta.common.problem.ProblemException;
import fi.silta.importers.api.RunPage;
import fi.silta.importers.api.RunSummary;
import fi.silta.importers.api.RunView;
import fi.silta.importers.api.SourceRequest;
import fi.silta.importers.api.SourceView;
import fi.silta.organisations.Organisation;
import fi.silta.organisations.OrganisationRepository;
import fi.silta.organisations.OrganisationType;
import fi.silta.reference.Municipality;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;
import fi.silta.services.ServiceRepository;
import fi.silta.services.ServiceStatus;

/**
 * Managing sources and reading their runs. Sources declared in configuration are owned by the deployment:
 * the API shows them and runs them but does not change them.
 */
@ApplicationScoped
public class SourceService {

    private final ServiceRepository services;
    private final ImportSourceRepository sources;
    private final ImportRunRepository runs;
    private final ImportRunFailureRepository failures;
    private final ActivityOriginRepository origins;
    private final OrganisationRepository organisations;
    private final MunicipalityRepository municipalities;
    private final CategoryRepository categories;
    private final TargetGroupRepository targetGroups;
    private final AddressGuard guard;
    private final SourceMapper mapper;
    private final ImportersConfig config;
    private final AuditLog audit;
    private final CurrentUser user;

    SourceService(ImportSourceRepository sources, ImportRunRepository runs, ImportRunFailureRepository failures,
            ActivityOriginRepository origins, OrganisationRepository organisations,
            MunicipalityRepository municipalities, CategoryRepository categories, TargetGroupRepository targetGroups,
            AddressGuard guard, SourceMapper mapper, ImportersConfig config, AuditLog audit, CurrentUser user,
            ServiceRepository services) {
        this.sources = sources;
        this.services = services;
        this.runs = runs;
        this.failures = failures;
        this.origins = origins;
        this.organisations = organisations;
        this.municipalities = municipalities;
        this.categories = categories;
        this.targetGroups = targetGroups;
        this.guard = guard;
        this.mapper = mapper;
        this.config = config;
        this.audit = audit;
        this.user = user;
    }

    @Transactional
    public List<SourceView> list() {
        return sources.listByName().stream().map(this::view).toList();
    }

    @Transactional
    public SourceView get(String name) {
        return view(find(name));
    }

    @Transactional
    public SourceView create(@Valid @NotNull SourceRequest request) {
        if (request.name() == null) {
            throw ProblemException.invalidParameter("name", "is required");
        }
        if (ImportSource.RESERVED_NAMES.contains(request.name())) {
            throw ProblemException.invalidParameter("name", "is reserved");
        }
        if (sources.findByName(request.name()).isPresent()) {
            throw ProblemException.conflict("A source named " + request.name() + " exists already");
        }
        Organisation organisation = request.organisationId() != null ? organisation(request.organisationId())
                : newOrganisationFor(request.name(), null);
        ImportSource source = new ImportSource(request.name(), request.type(), url(request.url()), organisation,
                interval(request.syncInterval()));
        applyDefaults(source, request.defaults());
        source.setEnabled(request.enabled() == null || request.enabled());
        sources.persist(source);
        audited("create", source);
        return view(source);
    }

    @Transactional
    public SourceView update(String name, @Valid @NotNull SourceRequest request) {
        ImportSource source = find(name);
        if (request.name() != null && !request.name().equals(name)) {
            throw ProblemException.invalidParameter("name", "cannot change; create a new source instead");
        }
        if (source.declared()) {
            throw ProblemException.conflict("Source " + name + " is declared in the configuration; change it there");
        }
        source.point(request.type(), url(request.url()));
        if (request.organisationId() != null) {
            if (!request.organisationId().equals(source.organisation().id()) && hasImported(source)) {
                throw ProblemException.conflict("Source " + name
                        + " has imported activities or services; its organisation cannot change");
            }
            source.transferTo(organisation(request.organisationId()));
        }
        source.setInterval(interval(request.syncInterval()));
        applyDefaults(source, request.defaults());
        source.setEnabled(request.enabled() == null || request.enabled());
        audited("update", source);
        return view(source);
    }

    @Transactional
    public void delete(String name) {
        ImportSource source = find(name);
        if (source.declared()) {
            throw ProblemException.conflict("Source " + name + " is declared in the configuration; remove it there");
        }
        if (hasImported(source)) {
            throw ProblemException.conflict("Source " + name + " has imported activities or services; disable it "
                    + "instead, so their provenance stays on record");
        }
        if (runs.findRunning(source).isPresent()) {
            throw ProblemException.conflict("A run of source " + name + " is going");
        }
        audited("delete", source);
        sources.delete(source);
    }

    /** A change of a source goes into the change trail: a source brings listings into an organisation's name. */
    private void audited(String operation, ImportSource source) {
        audit.record(Trail.CHANGES, AuditEntry.of(user.username(), user.actingAs(Role.ADMIN), operation,
                "import_source", source.id()).organisation(source.organisation().id()).details("source " + source.name()));
    }

    @Transactional
    public RunPage runs(String name, int page, int size) {
        ImportSource source = find(name);
        List<RunSummary> items = runs.pageOfSource(source, page, size).stream().map(mapper::summary).toList();
        return new RunPage(runs.countOfSource(source), page, size, items);
    }

    @Transactional
    public RunView run(String name, long id) {
        ImportSource source = find(name);
        ImportRun run = runs.findOfSource(source, id).orElseThrow(() -> ProblemException.notFound("Run " + id));
        return mapper.run(run, failures.listOfRun(run, config.maxStoredFailures()));
    }

    /**
     * Creates or updates a source declared in configuration; configuration wins over earlier edits.
     *
     * @throws IllegalArgumentException for values the configuration must fix (named in the message)
     */
    @Transactional
    public void declare(String name, DeclaredSourcesConfig.DeclaredSource declared) {
        String key = "silta.sources.\"" + name + "\"";
        if (!ImportSource.NAME.matcher(name).matches() || ImportSource.RESERVED_NAMES.contains(name)) {
            throw new IllegalArgumentException(key + ": the name must be lower-case letters, digits and hyphens, "
                    + "and not one of " + ImportSource.RESERVED_NAMES);
        }
        String refusal = guard.refusalOfSourceUrl(declared.url());
        if (refusal != null) {
            throw new IllegalArgumentException(key + ".url " + refusal);
        }
        Organisation organisation = declared.organisation()
                .map(businessId -> organisations.findByBusinessId(businessId.strip())
                        .orElseGet(() -> newOrganisationFor(name, businessId.strip())))
                .orElse(null);
        Duration every = declared.every().orElse(config.defaultInterval());
        ImportSource source = sources.findByName(name).orElse(null);
        if (source == null) {
            if (organisation == null) {
                organisation = newOrganisationFor(name, null);
            }
            source = new ImportSource(name, declared.type(), declared.url(), organisation, every);
            sources.persist(source);
        } else {
            source.point(declared.type(), declared.url());
            source.setInterval(every);
        }
        Municipality municipality = declared.municipality().map(code -> {
            Municipality found = municipalities.findById(code.strip());
            if (found == null) {
                throw new IllegalArgumentException(key + ".municipality: no municipality " + code);
            }
            return found;
        }).orElse(null);
        Set<Category> cats = new LinkedHashSet<>();
        for (String code : declared.categories().orElse(List.of())) {
            Category category = categories.findById(code.strip());
            if (category == null) {
                throw new IllegalArgumentException(key + ".categories: no category " + code);
            }
            cats.add(category);
        }
        Set<TargetGroup> groups = new LinkedHashSet<>();
        for (String code : declared.targetGroups().orElse(List.of())) {
            TargetGroup group = targetGroups.findById(code.strip());
            if (group == null) {
                throw new IllegalArgumentException(key + ".target-groups: no target group " + code);
            }
            groups.add(group);
        }
        Language language = Language.fromCode(declared.language())
                .orElseThrow(() -> new IllegalArgumentException(key + ".language must be fi, sv or en"));
        source.setDefaults(municipality, cats, groups, language);
        source.setEnabled(declared.enabled());
        source.markDeclared(true);
    }

    /** A source no longer in the configuration stops syncing and becomes the administrators' to manage. */
    @Transactional
    public List<String> undeclareAllBut(Set<String> declaredNames) {
        return sources.list("declared = true").stream().filter(s -> !declaredNames.contains(s.name())).map(s -> {
            s.markDeclared(false);
            s.setEnabled(false);
            return s.name();
        }).toList();
    }

    private ImportSource find(String name) {
        if (name == null || !ImportSource.NAME.matcher(name).matches()) {
            throw ProblemException.invalidParameter("name", "must be lower-case letters, digits and hyphens");
        }
        return sources.findByName(name).orElseThrow(() -> ProblemException.notFound("Source " + name));
    }

    private Organisation organisation(long id) {
        Organisation organisation = organisations.findById(id);
        if (organisation == null) {
            throw ProblemException.invalidParameter("organisationId", "no organisation has this id");
        }
        return organisation;
    }

    /** An organisation for a source whose publisher is not in Silta yet; unverified until an admin checks it. */
    private Organisation newOrganisationFor(String sourceName, String businessId) {
        Organisation organisation;
        try {
            organisation = new Organisation(LocalizedText.of(sourceName, null, null), OrganisationType.OTHER,
                    businessId);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("silta.sources.\"" + sourceName + "\".organisation is not a valid "
                    + "business id (Y-tunnus)");
        }
        organisations.persist(organisation);
        return organisation;
    }

    private void applyDefaults(ImportSource source, SourceRequest.Defaults defaults) {
        if (defaults == null) {
            source.setDefaults(null, Set.of(), Set.of(), Language.FI);
            return;
        }
        Municipality municipality = null;
        if (defaults.municipality() != null) {
            municipality = municipalities.findById(defaults.municipality());
            if (municipality == null) {
                throw ProblemException.invalidParameter("defaults.municipality", "no municipality has this code");
            }
        }
        Set<Category> cats = new LinkedHashSet<>();
        for (String code : defaults.categories() == null ? List.<String> of() : defaults.categories()) {
            Category category = code == null ? null : categories.findById(code);
            if (category == null) {
                throw ProblemException.invalidParameter("defaults.categories", "holds an unknown category code");
            }
            cats.add(category);
        }
        Set<TargetGroup> groups = new LinkedHashSet<>();
        for (String code : defaults.targetGroups() == null ? List.<String> of() : defaults.targetGroups()) {
            TargetGroup group = code == null ? null : targetGroups.findById(code);
            if (group == null) {
                throw ProblemException.invalidParameter("defaults.targetGroups", "holds an unknown target group code");
            }
            groups.add(group);
        }
        source.setDefaults(municipality, cats, groups,
                defaults.language() == null ? Language.FI : Language.fromCode(defaults.language()).orElseThrow());
    }

    private String url(String value) {
        String refusal = guard.refusalOfSourceUrl(value);
        if (refusal != null) {
            throw ProblemException.invalidParameter("url", refusal);
        }
        return value.strip();
    }

    private Duration interval(String value) {
        if (value == null || value.isBlank()) {
            return config.defaultInterval();
        }
        Duration interval;
        try {
            interval = Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter("syncInterval", "must be an ISO-8601 duration such as PT6H");
        }
        if (interval.compareTo(ImportSource.MIN_INTERVAL) < 0 || interval.compareTo(ImportSource.MAX_INTERVAL) > 0) {
            throw ProblemException.invalidParameter("syncInterval", "must be between PT5M and P30D");
        }
        return interval;
    }

    private SourceView view(ImportSource source) {
        RunSummary lastRun = runs.latest(source).map(mapper::summary).orElse(null);
        long live = source.type().bringsServices()
                ? services.count("source = ?1 and status <> ?2", source.name(), ServiceStatus.ARCHIVED)
                : origins.count("source = ?1 and goneAt is null", source);
        return mapper.view(source, lastRun, live);
    }

    /** Whether the source has brought anything: then its records' provenance must stay on record. */
    private boolean hasImported(ImportSource source) {
        return origins.countOfSource(source) > 0 || services.count("source", source.name()) > 0;
    }
}
