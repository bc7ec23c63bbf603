package fi.silta.publishing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import fi.silta.catalogue.Activity;
import fi.silta.catalogue.Schedule;
import fi.silta.common.problem.Problem.FieldError;
import fi.silta.publishing.api.ActivityInput;
import fi.silta.publishing.api.CrossFieldRules;
import fi.silta.publishing.api.PlaceInput;
import fi.silta.publishing.api.PublishingRule;
import fi.silta.publishing.api.RegistrationPolicy;
import fi.silta.publishing.api.ScheduleInput;
import fi.silta.publishing.api.ScheduleInput.Kind;

/**
 * The rules that join fields, or a field and today, which constraints on one field cannot say: the
 * {@link CrossFieldRules} of the activity, schedule and place inputs, checked with their other constraints so
 * that every problem is named at once; and what a draft needs before residents may see it.
 */
public final class ActivityValidator {

    /** Listings are planned at most this far ahead, so a mistyped year is caught. */
    private static final int YEARS_AHEAD = 2;

    private ActivityValidator() {
    }

    public static class ForActivity implements ConstraintValidator<CrossFieldRules, ActivityInput> {
        @Override
        public boolean isValid(ActivityInput input, ConstraintValidatorContext context) {
            Broken broken = new Broken(context);
            if (input.title() == null || input.title().blank()) {
                broken.add("title", PublishingRule.REQUIRED, "Write it in at least one language");
            }
            if (input.placeId() != null && !blank(input.onlineUrl())) {
                broken.add("onlineUrl", PublishingRule.PLACE_OR_ONLINE,
                        "Give either a place or an online link, not both");
            }
            if (input.ageMin() != null && input.ageMax() != null && input.ageMin() > input.ageMax()) {
                broken.add("ageMax", PublishingRule.AGE_ORDER, "The maximum age is below the minimum age");
            }
            if (input.registration() == RegistrationPolicy.REQUIRED && blank(input.registrationUrl())
                    && blank(input.registrationPhone())) {
                broken.add("registrationUrl", PublishingRule.REGISTRATION_CONTACT,
                        "Required registration needs a link or a phone number");
            }
            return broken.none();
        }
    }

    /** Dates are checked against today in Finland, by the clock tests can move. */
    @Dependent
    public static class ForSchedule implements ConstraintValidator<CrossFieldRules, ScheduleInput> {

        private final Clock clock;

        ForSchedule(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(ScheduleInput input, ConstraintValidatorContext context) {
            Broken broken = new Broken(context);
            LocalDate today = LocalDate.now(clock.withZone(Schedule.DEFAULT_ZONE));
            if (input.kind() == Kind.ONCE && input.date() != null && input.date().isBefore(today)) {
                broken.add("date", PublishingRule.IN_THE_PAST, "The date has passed");
            } else if (input.date() != null && input.date().isAfter(today.plusYears(YEARS_AHEAD))) {
                broken.add("date", PublishingRule.TOO_FAR, "The date is more than two years ahead");
            }
            if (input.startTime() != null && input.endTime() != null && !input.endTime().isAfter(input.startTime())) {
                broken.add("endTime", PublishingRule.END_BEFORE_START, "The activity must end after it starts");
            }
            long weekdays = input.weekdays() == null ? 0 : input.weekdays().stream().distinct().count();
            if (input.kind() == Kind.WEEKLY && weekdays == 0) {
                broken.add("weekdays", PublishingRule.REQUIRED, "Choose at least one weekday");
            }
            if (input.kind() == Kind.MONTHLY && weekdays != 1) {
                broken.add("weekdays", PublishingRule.ONE_WEEKDAY, "Choose one weekday for a monthly activity");
            }
            if (input.kind() == Kind.MONTHLY && (input.weekOfMonth() == null || input.weekOfMonth() == 0)) {
                broken.add("weekOfMonth", PublishingRule.REQUIRED, "Choose which week of the month: 1 to 4, or the last");
            }
            if (input.until() != null && input.date() != null && input.until().isBefore(input.date())) {
                broken.add("until", PublishingRule.UNTIL_BEFORE_START, "The end date is before the first date");
            } else if (input.kind() != Kind.ONCE && input.until() != null
                    && input.until().isAfter(today.plusYears(YEARS_AHEAD))) {
                broken.add("until", PublishingRule.TOO_FAR, "The end date is more than two years ahead");
            }
            return broken.none();
        }
    }

    public static class ForPlace implements ConstraintValidator<CrossFieldRules, PlaceInput> {
        @Override
        public boolean isValid(PlaceInput input, ConstraintValidatorContext context) {
            Broken broken = new Broken(context);
            if (input.name() == null || input.name().blank()) {
                broken.add("name", PublishingRule.REQUIRED, "Write it in at least one language");
            }
            if ((input.latitude() == null) != (input.longitude() == null)) {
                broken.add("latitude", PublishingRule.COORDINATES_PAIR, "Give both latitude and longitude, or neither");
            } else if (input.latitude() != null && (input.latitude() < 59 || input.latitude() > 70.2
                    || input.longitude() < 19 || input.longitude() > 31.6)) {
                broken.add("latitude", PublishingRule.OUTSIDE_FINLAND, "The coordinates are not in Finland");
            }
            return broken.none();
        }
    }

    /** What residents cannot do without, which a draft may still lack: a summary, where to go and when. */
    static List<FieldError> readyToPublish(Activity activity) {
        List<FieldError> missing = new ArrayList<>();
        if (activity.summary() == null || activity.summary().isEmpty()) {
            missing.add(error("summary", PublishingRule.REQUIRED_TO_PUBLISH, "Write a summary before publishing"));
        }
        if (activity.place() == null && !activity.online()) {
            missing.add(error("placeId", PublishingRule.REQUIRED_TO_PUBLISH,
                    "Choose a place or give an online link before publishing"));
        }
        if (activity.schedules().isEmpty() && !activity.ongoing()) {
            missing.add(error("schedules", PublishingRule.REQUIRED_TO_PUBLISH,
                    "Add a date, or mark the activity as ongoing, before publishing"));
        }
        return missing;
    }

    static FieldError error(String field, PublishingRule rule, String message) {
        return new FieldError(field, rule.code(), message);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The broken rules of one input, each reported at its field instead of at the whole input. */
    private static final class Broken {

        private final ConstraintValidatorContext context;
        private boolean any;

        Broken(ConstraintValidatorContext context) {
            this.context = context;
            context.disableDefaultConstraintViolation();
        }

        void add(String field, PublishingRule rule, String message) {
            any = true;
            context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(rule)
                    .buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        }

        boolean none() {
            return !any;
        }
    }
}
