package fi.silta.reports.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import fi.silta.common.Language;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.reference.CodeName;
import fi.silta.reference.Municipality;
import fi.silta.reference.MunicipalityRepository;
import fi.silta.reference.ReferenceNames;
import fi.silta.referrals.Need;
import fi.silta.referrals.ReferralStatistics;
import fi.silta.reports.CountTable;
import fi.silta.reports.ReportMessages;
import fi.silta.reports.ReportsConfig;
import fi.silta.reports.ReportsMapper;
import fi.silta.reports.api.AnswerInput;
import fi.silta.reports.api.Choice;
import fi.silta.reports.api.ReportTable;
import fi.silta.reports.api.SurveyInput;
import fi.silta.reports.api.SurveyResults;
import fi.silta.reports.api.SurveyText;
import fi.silta.reports.api.SurveyView;
import fi.silta.reports.api.WishInput;
import fi.silta.security.CurrentUser;
import fi.silta.security.Role;

/**
 * Residents' voice: the county's anonymous surveys and residents' wishes for missing activities. Anyone may answer
 * (the anonymous-write throttle limits floods at the resource); analysts and coordinators write surveys and read
 * the results, in which every group under five is hidden.
 */
@ApplicationScoped
public class SurveyService {

    private final SurveyRepository surveys;
    private final ReferenceNames names;
    private final ReportsMapper tables;
    private final ReportsConfig config;
    private final MunicipalityRepository municipalities;
    private final CurrentUser user;
    private final Clock clock;
    private final ReferralStatistics statistics;
    private final String publicCounty;

    SurveyService(SurveyRepository surveys, ReferenceNames names, ReportsMapper tables, ReportsConfig config,
            MunicipalityRepository municipalities, CurrentUser user, Clock clock, ReferralStatistics statistics,
            @ConfigProperty(name = "silta.referrals.default-county") String publicCounty) {
        this.municipalities = municipalities;
        this.surveys = surveys;
        this.names = names;
        this.tables = tables;
        this.config = config;
        this.user = user;
        this.clock = clock;
        this.statistics = statistics;
        this.publicCounty = publicCounty;
    }

    /** A new survey of the writer's county (the first of theirs, by code), open for answers at once. */
    @Transactional
    @RolesAllowed({ Role.ANALYST, Role.COORDINATOR })
    public SurveyView create(@Valid @NotNull SurveyInput input, Language language) {
        SurveyText title = input.title();
        Survey survey = new Survey(new TreeSet<>(counties()).first(), title.fi(), title.sv(), title.en(),
                input.questions().stream().map(q -> new SurveyQuestion(q.fi(), q.sv(), q.en())).toList(),
                user.username(), clock.instant());
        surveys.persist(survey);
        return view(survey, language);
    }

    /**
     * The surveys open for answers on the public site: the deployment's county's, whoever asks (a resident's
     * answer never depends on who is signed in).
     */
    @Transactional
    public List<SurveyView> open(Language language) {
        return surveys.ofCounty(publicCounty).stream().filter(Survey::open).map(s -> view(s, language)).toList();
    }

    /** One survey of any county, for its public form; 404 for none. */
    @Transactional
    public SurveyView get(long id, Language language) {
        return view(find(id), language);
    }

    /** The county's municipalities, where a resident may say they live. */
    @Transactional
    public List<Choice> municipalities(Language language) {
        List<String> county = countyMunicipalityCodes(Set.of(publicCounty));
        return names.municipalities(language).stream().filter(m -> county.contains(m.code()))
                .map(m -> new Choice(m.code(), m.name())).toList();
    }

    /** The municipalities of a survey's own county, where its respondents may say they live. */
    @Transactional
    public List<Choice> municipalities(long surveyId, Language language) {
        List<String> county = countyMunicipalityCodes(Set.of(find(surveyId).county()));
        return names.municipalities(language).stream().filter(m -> county.contains(m.code()))
                .map(m -> new Choice(m.code(), m.name())).toList();
    }

    /** The kinds of activity a resident may wish for: the needs referrals name. */
    public List<Choice> needs(Language language) {
        ReportMessages text = MessageBundles.get(ReportMessages.class, Localized.Literal.of(language.code()));
        return Arrays.stream(Need.values()).map(n -> new Choice(n.name(), text.need(n))).toList();
    }

    /** A wish from the public form, its need as the code the form sent; 400 naming the field for a bad one. */
    @Transactional
    public void wish(String municipality, String need) {
        Need chosen = Arrays.stream(Need.values()).filter(n -> n.name().equals(need)).findFirst()
                .orElseThrow(() -> invalid("need", "Not a need"));
        checkMunicipality(municipality);
        surveys.record(new ActivityWish(municipality, chosen, today()));
    }

    /** Records a resident's answer: no account, no identifier, the month only. */
    @Transactional
    public void answer(long id, @Valid @NotNull AnswerInput input) {
        Survey survey = find(id);
        if (!survey.open()) {
            throw ProblemException.conflict("The survey is closed");
        }
        if (!municipalities.inCounty(survey.county()).stream().map(Municipality::code).toList()
                .contains(input.municipality())) {
            throw invalid("municipality", "Not a municipality of the survey's county");
        }
        if (input.scores().size() != survey.questions().size()) {
            throw invalid("scores", "One score for each of the " + survey.questions().size() + " questions");
        }
        surveys.record(new SurveyAnswer(id, input.municipality(), input.ageBand(), today(), input.scores()));
    }

    /** Records a resident's wish for a missing activity. */
    @Transactional
    public void wish(@Valid @NotNull WishInput input) {
        checkMunicipality(input.municipality());
        surveys.record(new ActivityWish(input.municipality(), input.need(), today()));
    }

    /** The surveys of the reader's counties, for the reports. */
    @Transactional
    @RolesAllowed({ Role.ANALYST, Role.COORDINATOR })
    public List<SurveyView> all(Language language) {
        return ofCounties().stream().map(s -> view(s, language)).toList();
    }

    /**
     * A survey's results: answers by municipality and age band (counts, suppressed with totals), and the mean
     * score of each question by municipality, hidden where the municipality's answers are hidden.
     */
    @Transactional
    @RolesAllowed({ Role.ANALYST, Role.COORDINATOR })
    public SurveyResults results(long id, Language language) {
        Survey survey = find(id);
        if (!counties().contains(survey.county())) {
            // Another county's survey is as unknown to this reader as one that does not exist.
            throw ProblemException.notFound("survey");
        }
        ReportMessages text = MessageBundles.get(ReportMessages.class, Localized.Literal.of(language.code()));
        List<SurveyAnswer> answers = surveys.answers(id);
        Map<String, String> rows = municipalities(answers.stream().map(SurveyAnswer::municipality).toList(),
                language);
        List<String> rowKeys = List.copyOf(rows.keySet());
        List<String> bands = Arrays.stream(AgeBand.values()).map(Enum::name).toList();
        long[][] counts = new long[rowKeys.size()][bands.size()];
        long[] totals = new long[bands.size()];
        int questions = survey.questions().size();
        double[][] sums = new double[rowKeys.size() + 1][questions];
        for (SurveyAnswer answer : answers) {
            int row = rowKeys.indexOf(answer.municipality());
            counts[row][answer.ageBand().ordinal()]++;
            totals[answer.ageBand().ordinal()]++;
            for (int q = 0; q < questions && q < answer.scores().size(); q++) {
                sums[row][q] += answer.scores().get(q);
                sums[rowKeys.size()][q] += answer.scores().get(q);
            }
        }
        int smallest = config.smallestGroup();
        ReportTable byBand = tables.table("answers", text.survey_answers_title(), text.col_municipality(), rows,
                bands, Arrays.stream(AgeBand.values()).map(text::ageBand).toList(),
                CountTable.of(rowKeys, bands, counts, totals, true, true, true), smallest, text.total());
        List<String> questionKeys = new ArrayList<>();
        List<String> questionLabels = new ArrayList<>();
        for (int q = 0; q < questions; q++) {
            questionKeys.add("Q" + (q + 1));
            questionLabels.add(text(survey.questions().get(q), language));
        }
        ReportTable means = tables.means("scores", text.survey_scores_title(), text.col_municipality(), rows,
                questionKeys, questionLabels, byBand, sums, text.total());
        return new SurveyResults(id, title(survey, language), smallest, byBand, means);
    }

    /** Residents' wishes for missing activities by municipality and need, suppressed with totals. */
    @Transactional
    @RolesAllowed({ Role.ANALYST, Role.COORDINATOR })
    public ReportTable wishes(Language language) {
        ReportMessages text = MessageBundles.get(ReportMessages.class, Localized.Literal.of(language.code()));
        List<ActivityWish> wishes = surveys.wishes().stream()
                .filter(w -> countyMunicipalityCodes(counties()).contains(w.municipality())).toList();
        Map<String, String> rows = municipalities(wishes.stream().map(ActivityWish::municipality).toList(), language);
        List<String> rowKeys = List.copyOf(rows.keySet());
        List<String> needs = Arrays.stream(Need.values()).map(Enum::name).toList();
        long[][] counts = new long[rowKeys.size()][needs.size()];
        long[] totals = new long[needs.size()];
        for (ActivityWish wish : wishes) {
            counts[rowKeys.indexOf(wish.municipality())][wish.need().ordinal()]++;
            totals[wish.need().ordinal()]++;
        }
        return tables.table("wishes", text.wishes_title(), text.col_municipality(), rows, needs,
                Arrays.stream(Need.values()).map(text::need).toList(),
                CountTable.of(rowKeys, needs, counts, totals, true, true, true), config.smallestGroup(), text.total());
    }

    /** The reader's counties, whose surveys, wishes and gaps they see (a resident's: the deployment's). */
    public Set<String> counties() {
        return statistics.counties();
    }

    /** The codes of the municipalities of these counties, county by county. */
    public List<String> countyMunicipalityCodes(Set<String> counties) {
        return new TreeSet<>(counties).stream().flatMap(c -> municipalities.inCounty(c).stream())
                .map(Municipality::code).toList();
    }

    private List<Survey> ofCounties() {
        return new TreeSet<>(counties()).stream().flatMap(c -> surveys.ofCounty(c).stream()).toList();
    }

    /** Wishes counted by municipality (the rows given) and need (columns in the order of {@link Need}). */
    @Transactional
    public long[][] wishCounts(List<String> municipalityCodes) {
        long[][] counts = new long[municipalityCodes.size()][Need.values().length];
        for (ActivityWish wish : surveys.wishes()) {
            int row = municipalityCodes.indexOf(wish.municipality());
            if (row >= 0) {
                counts[row][wish.need().ordinal()]++;
            }
        }
        return counts;
    }

    private Map<String, String> municipalities(List<String> codes, Language language) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String code : new TreeSet<>(codes)) {
            rows.put(code, names.municipality(code, language).map(CodeName::name).orElse(code));
        }
        return rows;
    }

    private void checkMunicipality(String code) {
        // A resident's wish is of the public site's county, whoever is signed in.
        if (!countyMunicipalityCodes(Set.of(publicCounty)).contains(code)) {
            throw invalid("municipality", "Not a municipality of the county");
        }
    }

    private Survey find(long id) {
        Survey survey = surveys.findById(id);
        if (survey == null) {
            throw ProblemException.notFound("survey");
        }
        return survey;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReportsConfig.TIME_ZONE));
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "invalid-input", "Invalid input", message,
                List.of(new FieldError(field, "invalid-choice", message)));
    }

    private static SurveyView view(Survey survey, Language language) {
        return new SurveyView(survey.id(), title(survey, language), survey.open(),
                survey.questions().stream().map(q -> text(q, language)).toList());
    }

    private static String title(Survey survey, Language language) {
        return pick(language, survey.titleFi(), survey.titleSv(), survey.titleEn());
    }

    private static String text(SurveyQuestion question, Language language) {
        return pick(language, question.textFi(), question.textSv(), question.textEn());
    }

    private static String pick(Language language, String fi, String sv, String en) {
        String chosen = switch (language) {
            case FI -> fi;
            case SV -> sv;
            case EN -> en;
        };
        return chosen == null || chosen.isBlank() ? fi : chosen;
    }
}
