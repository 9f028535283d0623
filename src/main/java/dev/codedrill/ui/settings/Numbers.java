package dev.codedrill.ui.settings;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the dialog shows and reads them: a point or a comma as decimal mark, no needless zeros. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        return new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    /** The number in {@code text}, or null when it holds none. */
    static Double parseDecimal(String text) {
        String plain = text == null ? "" : text.strip().replace(',', '.');
        if (!plain.matches("\\d+(\\.\\d*)?|\\.\\d+")) {
            return null;
        }
        return new BigDecimal(plain).doubleValue();
    }

    /** The whole number in {@code text}, or null when it holds none. */
    static Integer parseInteger(String text) {
        String plain = text == null ? "" : text.strip();
        if (!plain.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(plain);
    }
}
