package dev.codedrill.problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A design problem's class (LeetCode's "design" problems: {@code LRUCache}, {@code MinStack}): its constructor and
 * its methods. A test is a sequence of calls, {@code ["LRUCache","put","get"]} with their arguments
 * {@code [[2],[1,1],[1]]}, the first one the constructor; it is judged on what every call returned ({@code null} for
 * the constructor and for a method that returns {@code void}).
 *
 * @param name              the class's name, as the learner's code declares it
 * @param constructorParams the constructor's parameters
 * @param methods           the methods, in the order problem.json lists them (the harnesses number them so)
 */
public record DesignClass(String name, List<Signature.Param> constructorParams, List<Method> methods) {

    private static final Pattern CONSTRUCTOR = Pattern.compile("\\s*([A-Z][A-Za-z0-9_]*)\\s*\\((.*)\\)\\s*");
    private static final Pattern METHOD = Pattern.compile("\\s*([a-z][A-Za-z0-9_]*)\\s*\\((.*)\\)\\s*->\\s*(.+?)\\s*");

    /**
     * One method.
     *
     * @param returns the type it returns, or null for {@code void}
     */
    public record Method(String name, List<Signature.Param> params, ValueType returns) {

        public Method {
            params = List.copyOf(params);
        }

        public boolean returnsVoid() {
            return returns == null;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(name).append('(');
            for (int i = 0; i < params.size(); i++) {
                s.append(i == 0 ? "" : ", ").append(params.get(i).name()).append(": ").append(params.get(i).type());
            }
            return s.append(") -> ").append(returns == null ? Signature.VOID : returns).toString();
        }
    }

    public DesignClass {
        constructorParams = List.copyOf(constructorParams);
        methods = List.copyOf(methods);
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("a design class needs at least one method");
        }
        Set<String> names = new HashSet<>();
        for (Method m : methods) {
            if (!names.add(m.name())) {
                throw new IllegalArgumentException("method '" + m.name() + "' appears twice (one method per name: "
                        + "not every language can overload)");
            }
        }
    }

    /**
     * Parses problem.json's {@code design}: {@code "constructor": "LRUCache(capacity: int)"} and
     * {@code "methods": ["get(key: int) -> int", "put(key: int, value: int) -> void"]}.
     */
    public static DesignClass parse(String constructor, List<String> methods) {
        Matcher c = CONSTRUCTOR.matcher(constructor);
        if (!c.matches()) {
            throw new IllegalArgumentException("'" + constructor + "' is not of the form ClassName(param: type, …), "
                    + "the class's name starting with a capital letter");
        }
        List<Method> parsed = new ArrayList<>();
        for (String text : methods) {
            Matcher m = METHOD.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + text + "' is not of the form name(param: type, …) -> type "
                        + "(or -> void), the name starting with a lower-case letter");
            }
            String returns = m.group(3).strip();
            try {
                parsed.add(new Method(m.group(1), Signature.params(m.group(2)),
                        returns.equals(Signature.VOID) ? null : ValueType.parse(returns)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + text + "': " + e.getMessage());
            }
        }
        return new DesignClass(c.group(1), Signature.params(c.group(2)), parsed);
    }

    /** The method called {@code name}. */
    public Optional<Method> method(String name) {
        return methods.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The number the harnesses know the method by (its place in {@link #methods}). */
    public int index(String name) {
        for (int i = 0; i < methods.size(); i++) {
            if (methods.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no method " + name + " in " + this.name);
    }

    /** Every type its calls take or return (for the pieces a harness or a starter needs). */
    public List<ValueType> types() {
        List<ValueType> types = new ArrayList<>();
        constructorParams.forEach(p -> types.add(p.type()));
        for (Method m : methods) {
            m.params().forEach(p -> types.add(p.type()));
            if (m.returns() != null) {
                types.add(m.returns());
            }
        }
        return types;
    }
}
