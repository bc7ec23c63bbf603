package fi.silta.common.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Encoding for the query strings pages build into their links. */
public final class QueryStrings {

    private QueryStrings() {
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
