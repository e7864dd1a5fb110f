package io.autoghg.platform.web;

import io.autoghg.accounting.catalogue.CollectionMethod;
import io.autoghg.accounting.catalogue.IsoCategory;
import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.platform.organisation.OrgUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * Names shown for the codes of an inventory, in the request's language: scopes, categories,
 * catalogue source types, organisational units, collection methods, energy carriers.
 */
final class InventoryLabels {
    static final String NO_UNIT = "(none)";

    private final MessageSource messages;
    private final Locale locale;
    private final boolean zh;
    private final Map<String, OrgUnit> units = new LinkedHashMap<>();

    InventoryLabels(MessageSource messages, Locale locale, List<OrgUnit> units) {
        this.messages = messages;
        this.locale = locale;
        this.zh = "zh".equals(locale.getLanguage());
        units.forEach(unit -> this.units.put(unit.code(), unit));
    }

    Locale locale() {
        return locale;
    }

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String msgOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** scope1, scope2, scope3, scope2Location, scope2Market. */
    public String scope(Object key) {
        return key == null ? "–" : msgOr("inventory.scope." + key, key.toString());
    }

    public String iso(Object number) {
        if (number == null) {
            return "–";
        }
        String text = number.toString();
        return Arrays.stream(IsoCategory.values()).filter(category -> String.valueOf(category.number()).equals(text)).findFirst()
                .map(category -> msg("inventory.iso", text, zh ? category.nameZh() : category.nameEn()))
                .orElse(text);
    }

    public String scope3Category(Object category) {
        return category == null ? "–" : msg("inventory.s3", category, msgOr("inventory.s3." + category, ""));
    }

    /** The catalogue name of a source type in the request's language. */
    public String type(Object code) {
        return SourceType.find(code == null ? null : code.toString()).map(type -> zh ? type.nameZh() : type.nameEn())
                .orElse(String.valueOf(code));
    }

    String typeEn(Object code) {
        return SourceType.find(code == null ? null : code.toString()).map(SourceType::nameEn).orElse("");
    }

    String typeZh(Object code) {
        return SourceType.find(code == null ? null : code.toString()).map(SourceType::nameZh).orElse("");
    }

    /** An organisational unit's name in the request's language; the code when the unit is unknown. */
    public String unit(Object code) {
        if (code == null || NO_UNIT.equals(code)) {
            return msg("inventory.unit.none");
        }
        OrgUnit unit = units.get(code.toString());
        if (unit == null) {
            return code.toString();
        }
        return zh && unit.nameZh() != null && !unit.nameZh().isBlank() ? unit.nameZh() : unit.name();
    }

    Map<String, OrgUnit> units() {
        return units;
    }

    public String collection(String method) {
        if (method == null) {
            return "–";
        }
        try {
            CollectionMethod value = CollectionMethod.valueOf(method);
            return method + " · " + (zh ? value.descriptionZh() : value.descriptionEn());
        } catch (IllegalArgumentException e) {
            return method;
        }
    }

    public String frequency(String frequency) {
        return frequency == null ? "–" : msgOr("inventory.frequency." + frequency, frequency);
    }

    public String approach(String approach) {
        return approach == null ? "–" : msgOr("inventory.approach." + approach, approach);
    }

    public String carrier(String carrier) {
        return msg("overview.carrier." + carrier);
    }

    public String kind(Object kind) {
        return msgOr("trace.kind." + kind, String.valueOf(kind));
    }
}
