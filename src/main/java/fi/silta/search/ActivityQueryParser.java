package fi.silta.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import fi.silta.catalogue.CatalogueConfig;
import fi.silta.common.problem.Problem;
import fi.silta.common.problem.ProblemException;
import fi.silta.search.api.ActivitySearchParams;

/**
 * A search from parameters a caller holds as a map rather than receives in a request (a staff page suggesting
 * activities for a referral). The rules are those declared on {@link ActivitySearchParams}; a request binds and
 * validates them itself and needs none of this.
 */
@ApplicationScoped
public class ActivityQueryParser {

    private final Validator validator;
    private final CatalogueConfig config;

    ActivityQueryParser(Validator validator, CatalogueConfig config) {
        this.validator = validator;
        this.config = config;
    }

    /**
     * @throws ProblemException 400 listing every invalid parameter
     */
    public ActivityQuery parse(Map<String, List<String>> parameters) {
        ActivitySearchParams params = ActivitySearchParams.of(parameters);
        Set<ConstraintViolation<ActivitySearchParams>> violations = validator.validate(params);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), "invalid", v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
            throw new ProblemException(400, "invalid-parameter", "Invalid parameter", "Invalid search parameters",
                    errors);
        }
        return params.toQuery(config.defaultPageSize());
    }
}
