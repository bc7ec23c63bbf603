package fi.silta.common.problem;

import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.ForbiddenException;

import fi.silta.common.validation.Violations;

/**
 * Turns every failure of the API into problem details. Unexpected failures are logged with an error id
 * that the response repeats, so support can find the log line without the response revealing anything.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    /** During an outage every request fails alike: one log line per this many milliseconds says so. */
    private static final long OUTAGE_LOG_EVERY_MS = 10_000;

    /** What a 503 caused by the database asks clients to wait before they try again. */
    @ConfigProperty(name = "silta.database.retry-after", defaultValue = "10S")
    Duration databaseRetryAfter;
    private final AtomicLong lastOutageLog = new AtomicLong();

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem problem = new Problem(Problem.typeOf(e.code()), e.title(), e.status(), e.getMessage(), path(uri),
                e.code(), e.errors());
        Response.ResponseBuilder builder = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (e.retryAfter() != null) {
            builder.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            errors.add(new Problem.FieldError(field(violation), kebab(constraint), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return respond(new Problem(Problem.typeOf("invalid-input"), "Invalid input", 400,
                "The request has invalid fields or parameters", path(uri), "invalid-input", errors));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        // The parser's message quotes the input, which may be client data: name the field and what it must be.
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            return respond(new Problem(Problem.typeOf("invalid-input"), "Invalid input", 400,
                    "The request has invalid fields or parameters", path(uri), "invalid-input",
                    List.of(new Problem.FieldError(field, "invalid-type", expected(mapping)))));
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        return respond(new Problem(Problem.typeOf("unreadable-body"), "Unreadable request body", 400,
                "The request body is not valid JSON of the expected shape" + where, path(uri), "unreadable-body",
                List.of()));
    }

    /**
     * A value of the wrong type or an unknown enum constant. Quarkus' own mapper for this exception is more
     * specific than {@link #unreadable} and would answer with Jackson's details, the sent value included.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    /** What the field must be, from the target type only: never the value that was sent. */
    private static String expected(JsonMappingException e) {
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "must be one of " + Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            return "must not contain control characters";
        }
        Class<?> type = e instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
        if (type == null) {
            return "has the wrong type";
        }
        if (type == String.class || type.isEnum()) {
            return "must be a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be a date or time in ISO 8601 form";
        }
        return "must be an object";
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response staleEdit(RuntimeException e, UriInfo uri) {
        return respond(new Problem(Problem.typeOf("edit-conflict"), "Edit conflict", 409,
                "Someone else changed this meanwhile; reload it and apply your change again", path(uri),
                "edit-conflict", List.of()));
    }

    /** A signed-in caller without the role an endpoint needs. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.typeOf("forbidden"), "Forbidden", 403,
                "Your role does not allow this", path(uri), "forbidden", List.of()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String code = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "server-error" : "client-error";
        };
        String detail = switch (status) {
            case 404 -> "Nothing is served at this address";
            case 405 -> "This address does not accept that method";
            default -> title;
        };
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.typeOf(code), title, status, detail, path(uri), code, List.of()));
        // Keep headers a client needs, such as Allow and WWW-Authenticate.
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper(priority = Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            return databaseUnavailable(e, uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(WithoutMessages.of(e), "Unexpected failure, error id %s", errorId);
        return respond(new Problem(Problem.typeOf("server-error"), "Internal error", 500,
                "Something went wrong on our side; the error id is " + errorId, path(uri), "server-error",
                List.of()));
    }

    /** The database does not answer for now (restarting, out of connections, too slow): 503, try again later. */
    private Response databaseUnavailable(Throwable e, UriInfo uri) {
        long now = System.currentTimeMillis();
        long last = lastOutageLog.get();
        if (now - last >= OUTAGE_LOG_EVERY_MS && lastOutageLog.compareAndSet(last, now)) {
            LOG.warnf("Answering 503: the database is unavailable (%s)", WithoutMessages.of(e).getMessage());
        }
        return problem(ProblemException.unavailable("database-unavailable",
                "The service is unavailable for a moment; try again shortly", databaseRetryAfter), uri);
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        // The path only: query strings can carry search terms, which stay out of error bodies.
        return uri == null ? null : uri.getPath();
    }

    private static String field(ConstraintViolation<?> violation) {
        return Violations.field(violation);
    }
}
