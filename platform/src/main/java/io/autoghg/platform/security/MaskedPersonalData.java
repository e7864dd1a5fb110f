package io.autoghg.platform.security;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a field holding personal data (who entered, uploaded or computed something) in clear only
 * for callers whose role may see it ({@link Permission#SEE_SENSITIVE}); verifiers, group viewers and
 * gateways get "user:***". Use with {@code @JsonSerialize(using = MaskedPersonalData.class)}.
 */
public final class MaskedPersonalData extends ValueSerializer<String> {

    @Override
    public void serialize(String value, JsonGenerator generator, SerializationContext context) {
        generator.writeString(Access.currentMaySeeSensitive() ? value : mask(value));
    }

    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        int colon = value.indexOf(':');
        return (colon > 0 ? value.substring(0, colon + 1) : "") + "***";
    }
}
