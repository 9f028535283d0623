package dev.codedrill.ui.settings;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * Editable spinners tied to a model property. What is typed reaches the model as it is typed, so a value out of
 * range is reported by the model (and OK disabled) instead of being clamped behind the user's back; the arrows keep
 * to the range.
 */
final class NumberSpinners {

    private NumberSpinners() {
    }

    static Spinner<Integer> integer(SettingsModel model, String field, String what, Property<Number> value, int min,
                                    int max) {
        Bounded<Integer> factory = new Bounded<>(min, max, value.getValue().intValue(), Numbers::parseInteger,
                String::valueOf, (v, steps) -> v + steps);
        return spinner(model, field, "Enter a whole number for " + what + ".", "\\d{0,4}", factory, value,
                Number::intValue, Numbers::parseInteger);
    }

    static Spinner<Double> decimal(SettingsModel model, String field, String what, Property<Number> value, double min,
                                   double max, double step) {
        Bounded<Double> factory = new Bounded<>(min, max, value.getValue().doubleValue(), Numbers::parseDecimal,
                Numbers::format, (v, steps) -> Math.round((v + steps * step) * 100) / 100.0);
        return spinner(model, field, "Enter a number for " + what + ".", "\\d{0,2}([.,]\\d{0,2})?", factory, value,
                Number::doubleValue, Numbers::parseDecimal);
    }

    private static <T extends Number & Comparable<T>> Spinner<T> spinner(
            SettingsModel model, String field, String notANumber, String allowed, Bounded<T> factory,
            Property<Number> value, Function<Number, T> unbox, Function<String, T> parse) {
        Spinner<T> spinner = new Spinner<>(factory);
        spinner.setEditable(true);
        spinner.getEditor().setTextFormatter(new TextFormatter<>(
                change -> change.getControlNewText().matches(allowed) ? change : null));
        boolean[] typing = {false};
        spinner.getEditor().textProperty().addListener((o, old, text) -> {
            T parsed = parse.apply(text);
            model.inputError(field, parsed == null ? notANumber : null);
            if (parsed != null) {
                typing[0] = true;
                try {
                    value.setValue(parsed);
                } finally {
                    typing[0] = false;
                }
            }
        });
        factory.valueProperty().addListener((o, old, v) -> value.setValue(v));
        value.addListener((o, old, v) -> {
            if (!typing[0] && !unbox.apply(v).equals(factory.getValue())) {
                factory.setValue(unbox.apply(v)); // a reset
            }
        });
        // Leaving the field, text that is no number goes back to the last value.
        spinner.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
            }
        });
        return spinner;
    }

    /** Steps within min..max; a value typed outside them is kept as it is, for the model to judge. */
    private static final class Bounded<T extends Number & Comparable<T>> extends SpinnerValueFactory<T> {
        private final T min;
        private final T max;
        private final BiFunction<T, Integer, T> step;

        Bounded(T min, T max, T initial, Function<String, T> parse, Function<T, String> format,
                BiFunction<T, Integer, T> step) {
            this.min = min;
            this.max = max;
            this.step = step;
            setConverter(new StringConverter<>() {
                @Override
                public String toString(T v) {
                    return v == null ? "" : format.apply(v);
                }

                @Override
                public T fromString(String text) {
                    T parsed = parse.apply(text);
                    return parsed == null ? getValue() : parsed;
                }
            });
            setValue(initial);
        }

        @Override
        public void increment(int steps) {
            setValue(clamp(step.apply(getValue(), steps)));
        }

        @Override
        public void decrement(int steps) {
            setValue(clamp(step.apply(getValue(), -steps)));
        }

        private T clamp(T v) {
            return v.compareTo(min) < 0 ? min : v.compareTo(max) > 0 ? max : v;
        }
    }
}
