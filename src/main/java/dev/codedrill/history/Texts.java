package dev.codedrill.history;

final class Texts {
    private Texts() {
    }

    static String requireId(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.length() > 200) {
            throw new IllegalArgumentException(name + " is longer than 200 characters");
        }
        return value;
    }
}
