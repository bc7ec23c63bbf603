package fi.silta.common.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one error shape of the API: RFC 9457 problem details, with a stable {@code code} for programs
 * and, for invalid input, one entry per offending field or parameter. Never carries exception class
 * names, stack traces or the submitted values (which may be client data).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, String code,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field (request body) or parameter (query, path). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FieldError(String field, String code, String message) {
    }

    public static URI typeOf(String code) {
        return URI.create("urn:silta:problem:" + code);
    }
}
