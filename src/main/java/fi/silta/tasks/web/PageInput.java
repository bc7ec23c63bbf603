package fi.silta.tasks.web;

import java.time.format.DateTimeParseException;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;

import fi.silta.common.problem.Problem.FieldError;
import fi.silta.common.problem.ProblemException;
import fi.silta.common.web.Done;
import fi.silta.common.web.FormErrors;
import fi.silta.common.web.PageContext;
import fi.silta.common.web.PageMessages;
import fi.silta.tasks.TaskService;
import fi.silta.tasks.api.TaskInput;

/** What the helping-hands page forms share: reading typed values, and posting a task with its refusals beside the fields. */
final class PageInput {

    @FunctionalInterface
    interface Parser<T> {
        T parse(String text);
    }

    private PageInput() {
    }

    /** Reads one value; a malformed one is noted beside its field and read as missing. */
    static <T> T parse(String value, String field, Map<String, String> errors, PageMessages msg, Parser<T> parser) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text == null) {
            return null;
        }
        try {
            return parser.parse(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.put(field, msg.validation_invalid());
            return null;
        }
    }

    /**
     * Posts the task when the form read cleanly: the new task's page with its confirmation, or {@code null} with the
     * service's refusals added beside their fields.
     */
    static Response post(TaskService tasks, TaskInput input, PageContext page, Map<String, String> errors,
            PageMessages msg) {
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return Done.CREATED.redirect("/staff/tasks/" + tasks.post(input, page.language()).id());
        } catch (ConstraintViolationException e) {
            errors.putAll(FormErrors.of(e.getConstraintViolations(), msg));
        } catch (ProblemException e) {
            if (e.errors() == null || e.errors().isEmpty()) {
                throw e;
            }
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), msg.validation_invalid());
            }
        }
        return null;
    }
}
