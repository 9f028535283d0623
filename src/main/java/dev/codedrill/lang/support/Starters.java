package dev.codedrill.lang.support;

import dev.codedrill.problem.Signature;
import dev.codedrill.problem.ValueType;

/** What the starter code of several languages shares. */
public final class Starters {

    private Starters() {
    }

    /** Whether the signature takes or returns a value of {@code base} (the starter then shows its class). */
    public static boolean uses(Signature s, ValueType.Base base) {
        return s.returns().base() == base || s.params().stream().anyMatch(p -> p.type().base() == base);
    }
}
