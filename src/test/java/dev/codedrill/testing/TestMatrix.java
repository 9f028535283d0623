package dev.codedrill.testing;

/**
 * Which part of the language × case matrices the suite runs: the CI subset (the default, which keeps the README's test
 * command under the hour) or, with {@code ./mvnw verify -Dcodedrill.matrix=full}, every case, by hand before a release.
 * A test that narrows its cases says in its javadoc which ones the CI subset keeps.
 */
public final class TestMatrix {

    /** The system property (set from the Maven property of the same name by surefire and failsafe). */
    public static final String PROPERTY = "codedrill.matrix";

    private TestMatrix() {
    }

    /** True when the whole matrix was asked for; false for the CI subset. */
    public static boolean full() {
        String value = System.getProperty(PROPERTY, "ci").trim();
        return switch (value) {
            case "full" -> true;
            case "ci", "" -> false;
            default -> throw new IllegalArgumentException(
                    PROPERTY + " is '" + value + "': use 'ci' (the default subset) or 'full' (every case)");
        };
    }
}
