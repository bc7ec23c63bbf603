package fi.silta.common.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

/**
 * What a form just did, confirmed on the page the browser is sent to afterwards (post, redirect, get): the
 * handler redirects with {@code ?done=saved}, the page reads the parameter back with {@link #of(String)} and shows
 * the {@code confirmation} tag. Only these words are read back, so an address cannot put text on a page.
 */
public enum Done {
    SAVED,
    CREATED,
    PUBLISHED,
    CONFIRMED,
    ARCHIVED,
    ADDED,
    REMOVED,
    CANCELLED,
    RESTORED,
    APPROVED,
    REJECTED,
    ASSIGNED,
    SENT,
    RETURNED,
    CLOSED,
    RECORDED,
    INVITED,
    STARTED;

    public static final String PARAMETER = "done";

    /** The confirmation an address asks for, if it names one. */
    public static Optional<Done> of(String parameter) {
        if (parameter == null) {
            return Optional.empty();
        }
        for (Done done : values()) {
            if (done.name().equalsIgnoreCase(parameter)) {
                return Optional.of(done);
            }
        }
        return Optional.empty();
    }

    /** The address to go to after this was done: the page's path (with any query) and an optional #fragment. */
    public URI at(String path) {
        int hash = path.indexOf('#');
        String base = hash < 0 ? path : path.substring(0, hash);
        String fragment = hash < 0 ? "" : path.substring(hash);
        return URI.create(base + (base.contains("?") ? '&' : '?') + PARAMETER + '=' + name().toLowerCase(Locale.ROOT)
                + fragment);
    }

    /** A 303 to the page that confirms this. */
    public Response redirect(String path) {
        return Response.seeOther(at(path)).build();
    }
}
