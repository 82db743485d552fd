package wirewash.sink;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Serialises sink records to JSON the same way every time: fixed field order, rounded numbers, no HTML escapes. */
public final class Json {
    /** Decimal places kept for similarities and rates, so outputs do not differ in the last bits. */
    public static final int DEFAULT_DECIMALS = 4;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
    private static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    /** One line of JSON, no trailing newline. */
    public static String line(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indented JSON for files people read (run.json). */
    public static String pretty(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The value rounded half-up to {@link #DEFAULT_DECIMALS} places, as a number JSON prints exactly. */
    public static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(DEFAULT_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
