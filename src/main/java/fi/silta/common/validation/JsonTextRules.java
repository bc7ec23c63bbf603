package fi.silta.common.validation;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * No string with a control character (NUL above all, which PostgreSQL refuses in text) gets past the JSON
 * reader into a request record: the body is refused as invalid at that field, so no handler has to remember
 * it. Tab and line breaks stay, as in typed text.
 */
@Singleton
public class JsonTextRules implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("silta-plain-text").addDeserializer(String.class, new PlainStrings()));
    }

    static final class PlainStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && !PlainTextValidator.isPlain(value)) {
                // The message names no value: it may be client data.
                throw context.weirdStringException("", String.class, "must not contain control characters");
            }
            return value;
        }
    }
}
