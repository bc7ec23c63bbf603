package fi.silta.common.problem;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;

/**
 * Addresses that no resource, page or static file serves answer with problem details too, instead of
 * the HTTP server's default page.
 */
@Singleton
public class NotFoundRoute {

    private final ObjectMapper mapper;

    NotFoundRoute(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().last().handler(rc -> {
            if (rc.response().ended()) {
                return;
            }
            Problem problem = new Problem(Problem.typeOf("not-found"), "Not Found", 404,
                    "Nothing is served at this address", rc.normalizedPath(), "not-found", List.of());
            try {
                rc.response().setStatusCode(404).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(mapper.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                rc.fail(e);
            }
        });
    }
}
