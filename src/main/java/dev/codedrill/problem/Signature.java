package dev.codedrill.problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function problem's signature: {@code twoSum(nums: int[], target: int) -> int[]}. An in-place function returns
 * {@code void} ({@code rotate(matrix: int[][]) -> void}) and is judged on its first argument's value after the call:
 * {@link #returns} is then that argument's type, the type of the value judged.
 *
 * @param returns the type of the value judged: the return type, or the first parameter's for an in-place function
 * @param inPlace whether the function returns nothing ({@code void}) and changes its first argument
 */
public record Signature(String name, List<Param> params, ValueType returns, boolean inPlace) {

    private static final Pattern SHAPE = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\((.*)\\)\\s*->\\s*(.+?)\\s*");
    /** The return type of an in-place function. */
    public static final String VOID = "void";
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** One parameter. */
    public record Param(String name, ValueType type) {
    }

    public Signature {
        params = List.copyOf(params);
        if (inPlace && (params.isEmpty() || !params.get(0).type().equals(returns))) {
            throw new IllegalArgumentException("an in-place function (-> void) is judged on its first argument: it "
                    + "needs at least one parameter");
        }
    }

    public Signature(String name, List<Param> params, ValueType returns) {
        this(name, params, returns, false);
    }

    public static Signature parse(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not of the form name(param: type, …) -> type");
        }
        List<Param> params = params(m.group(2));
        if (m.group(3).strip().equals(VOID)) {
            if (params.isEmpty()) {
                throw new IllegalArgumentException("an in-place function (-> void) is judged on its first argument: "
                        + "it needs at least one parameter");
            }
            return new Signature(m.group(1), params, params.get(0).type(), true);
        }
        return new Signature(m.group(1), params, ValueType.parse(m.group(3)));
    }

    /** Every type the function takes or returns (what a harness or a starter needs pieces for), in order. */
    public List<ValueType> types() {
        List<ValueType> types = new ArrayList<>();
        params.forEach(p -> types.add(p.type()));
        types.add(returns);
        return types;
    }

    /** A parameter list, {@code nums: int[], target: int}: its parameters, each named once. */
    static List<Param> params(String text) {
        List<Param> params = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String list = text.strip();
        if (!list.isEmpty()) {
            for (String part : splitTopLevel(list)) {
                int colon = part.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("parameter '" + part.strip() + "' has no type (name: type)");
                }
                String name = part.substring(0, colon).strip();
                if (!IDENT.matcher(name).matches()) {
                    throw new IllegalArgumentException("'" + name + "' is not a valid parameter name");
                }
                if (!names.add(name)) {
                    throw new IllegalArgumentException("parameter '" + name + "' appears twice");
                }
                ValueType type = ValueType.parse(part.substring(colon + 1));
                if (type.nullable()) {
                    throw new IllegalArgumentException("parameter '" + name + "': only a result can be nullable ("
                            + type + ")");
                }
                params.add(new Param(name, type));
            }
        }
        return params;
    }

    /** Splits at the commas that are not inside a {@code map<…>}. */
    private static List<String> splitTopLevel(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(list.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(list.substring(start));
        return parts;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(name).append('(');
        for (int i = 0; i < params.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(params.get(i).name()).append(": ").append(params.get(i).type());
        }
        return s.append(") -> ").append(inPlace ? VOID : returns).toString();
    }
}
