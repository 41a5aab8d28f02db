package org.mtainterop.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Severity;

/**
 * The one Jackson configuration for the JSON summary (schema/summary.schema.json): enums as their
 * lower-case labels, {@code Instant} as ISO-8601, two-space indentation with {@code \n} line ends on
 * every platform, and strict reading (unknown, missing or null fields are errors).
 */
final class SummaryJson {

    static final String SCHEMA_RESOURCE = "/schema/summary.schema.json";

    /** Configured once, then only read: ObjectMapper is thread-safe in that use. */
    static final ObjectMapper MAPPER = newMapper();

    private SummaryJson() {
    }

    private static ObjectMapper newMapper() {
        SimpleModule labels = new SimpleModule("mta-interop-labels");
        addLabelled(labels, Outcome.class, Outcome::label);
        addLabelled(labels, Severity.class, Severity::label);
        addLabelled(labels, ReportLanguage.class, ReportLanguage::tag);

        DefaultIndenter lines = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(lines)
                .withArrayIndenter(lines);

        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(labels)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setDefaultPrettyPrinter(printer);
    }

    private static <E extends Enum<E>> void addLabelled(SimpleModule module, Class<E> type,
                                                        Function<E, String> label) {
        module.addSerializer(type, new StdSerializer<E>(type) {
            @Override
            public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(label.apply(value));
            }
        });
        module.addDeserializer(type, new StdDeserializer<E>(type) {
            @Override
            public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                for (E constant : type.getEnumConstants()) {
                    if (label.apply(constant).equals(text)) {
                        return constant;
                    }
                }
                return type.cast(ctxt.handleWeirdStringValue(type, text,
                        "not one of the %s labels", type.getSimpleName().toLowerCase(Locale.ROOT)));
            }
        });
    }
}
