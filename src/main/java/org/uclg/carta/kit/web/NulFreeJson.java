package org.uclg.carta.kit.web;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses a NUL character ({@code "\u0000"}) in any string of a JSON body, as {@link NulGuard}
 * does for query and form fields: PostgreSQL would reject it deep inside a transaction.
 */
@Component
class NulFreeJson extends SimpleModule {

    NulFreeJson() {
        super("carta-nul-free-json");
        addDeserializer(String.class, new Strings());
    }

    /** Whether a body was refused for a NUL character, so that {@link ApiErrorAdvice} can say so. */
    static boolean isNul(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NulInText) {
                return true;
            }
        }
        return false;
    }

    private static final class Strings extends StdScalarDeserializer<String> {
        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && value.indexOf('\0') >= 0) {
                throw new NulInText(p);
            }
            return value;
        }
    }

    private static final class NulInText extends InvalidFormatException {
        NulInText(JsonParser p) {
            super(p, "NUL character in a string", null, String.class);
        }
    }
}
