package io.autoghg.accounting.method;

import io.autoghg.accounting.unit.Quantity;
import io.autoghg.accounting.unit.UnitException;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;

/** Parses parameter texts such as "0.038931 GJ/Nm3", "0.99", "99 %" or "0.5703 tCO2/MWh ±5%". */
public final class ParameterText {
    private ParameterText() {
    }

    public record Parsed(Quantity quantity, BigDecimal uncertaintyPct) {
    }

    public static Parsed parse(String text) {
        String body = text.strip();
        BigDecimal uncertainty = null;
        int plusMinus = indexOfPlusMinus(body);
        if (plusMinus >= 0) {
            String tail = body.substring(plusMinus).replace("±", "").replace("+-", "").replace("%", "").strip();
            uncertainty = number(tail, text);
            body = body.substring(0, plusMinus).strip();
        }
        int split = firstNonNumeric(body);
        BigDecimal value = number(body.substring(0, split).strip(), text);
        String unit = body.substring(split).strip();
        try {
            return new Parsed(new Quantity(value, unit.isEmpty() ? Units.FRACTION : Units.parse(unit)), uncertainty);
        } catch (UnitException e) {
            throw new IllegalArgumentException("'" + text + "': " + e.getMessage());
        }
    }

    private static int indexOfPlusMinus(String body) {
        int index = body.indexOf('±');
        return index >= 0 ? index : body.indexOf("+-");
    }

    private static int firstNonNumeric(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean exponent = (c == 'e' || c == 'E') && i > 0 && i + 1 < body.length()
                    && (Character.isDigit(body.charAt(i + 1)) || body.charAt(i + 1) == '-');
            if (!(Character.isDigit(c) || c == '.' || c == '-' || c == '+' || exponent)) {
                return i;
            }
        }
        return body.length();
    }

    private static BigDecimal number(String digits, String whole) {
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + whole + "' does not start with a number");
        }
    }
}
