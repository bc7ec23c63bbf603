package fi.silta.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * An endpoint anonymous visitors write to: their writes are counted per address and overall, and refused with 429
 * and Retry-After beyond {@code silta.security.anonymous-writes} ({@link AnonymousWriteThrottle}).
 */
@NameBinding
@Target({ TYPE, METHOD })
@Retention(RUNTIME)
public @interface Throttled {
}
