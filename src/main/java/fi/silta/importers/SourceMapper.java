package fi.silta.importers;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fi.silta.catalogue.Category;
import fi.silta.catalogue.TargetGroup;
import fi.silta.common.Language;
import fi.silta.importers.api.CountsView;
import fi.silta.importers.api.RunSummary;
import fi.silta.importers.api.RunView;
import fi.silta.importers.api.SourceView;
import fi.silta.organisations.Organisation;

/** Sources and their runs to API records; entities never leave the importers' services. */
@ApplicationScoped
public class SourceMapper {

    /**
     * @param lastRun the source's latest run, or null before its first
     * @param activities how many activities the source's feed holds now
     */
    public SourceView view(ImportSource source, RunSummary lastRun, long activities) {
        Organisation organisation = source.organisation();
        SourceView.DefaultsView defaults = new SourceView.DefaultsView(
                source.defaultMunicipality() == null ? null : source.defaultMunicipality().code(),
                source.defaultCategories().stream().map(Category::code).sorted().toList(),
                source.defaultTargetGroups().stream().map(TargetGroup::code).sorted().toList(),
                source.defaultLanguage().code());
        // Sources saved before credentials were refused may still hold some; they are never shown.
        return new SourceView(source.name(), source.type(), FeedSession.withoutCredentials(source.url()),
                new SourceView.OrganisationView(organisation.id(), organisation.name().resolve(Language.FI),
                        organisation.verified()),
                defaults, source.interval().toString(), source.enabled(), source.declared(), activities, lastRun,
                source.createdAt(), source.updatedAt());
    }

    public RunSummary summary(ImportRun run) {
        return new RunSummary(run.id(), run.status(), run.trigger(), run.forced(), run.startedAt(), run.finishedAt(),
                counts(run.counts()));
    }

    /** A run in full, with the failures kept of it (at most the configured number). */
    public RunView run(ImportRun run, List<ImportRunFailure> failures) {
        List<RunView.ErrorView> errors = failures.stream()
                .map(f -> new RunView.ErrorView(f.originId(), f.reason(), f.excerpt())).toList();
        return new RunView(run.id(), run.source().name(), run.status(), run.trigger(), run.forced(),
                run.requestedBy(), run.startedAt(), run.finishedAt(),
                new RunView.ProgressView(run.processed(), run.total()), counts(run.counts()), run.message(), errors);
    }

    private static CountsView counts(RunCounts counts) {
        return new CountsView(counts.created(), counts.updated(), counts.unchanged(), counts.archived(),
                counts.failed());
    }
}
