package dev.codedrill.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks a design problem's test: {@code "input": {"calls": ["LRUCache", "put", "get"], "args": [[2], [1, 1], [1]]}}
 * (the constructor first, then methods, each with its arguments in order) and {@code "expected": [null, null, 1]}
 * (what each call returns: null for the constructor and for a {@code void} method).
 */
final class DesignTests {

    private DesignTests() {
    }

    static void check(Path file, String at, JsonNode input, JsonNode expected, DesignClass design) throws ProblemFault {
        if (!input.isObject() || !input.path("calls").isArray() || !input.path("args").isArray()
                || input.size() != 2) {
            throw new ProblemFault(file, at + ".input", "must be {\"calls\": [\"" + design.name() + "\", …], "
                    + "\"args\": [[…], …]}: the calls, the constructor first, and the arguments of each");
        }
        JsonNode calls = input.get("calls");
        JsonNode args = input.get("args");
        if (calls.isEmpty() || !calls.get(0).asText().equals(design.name())) {
            throw new ProblemFault(file, at + ".input.calls[0]", "must be \"" + design.name() + "\": the first "
                    + "call makes the object");
        }
        if (args.size() != calls.size()) {
            throw new ProblemFault(file, at + ".input.args", "has " + args.size() + " argument lists for "
                    + calls.size() + " calls: one list per call");
        }
        if (expected != null && (!expected.isArray() || expected.size() != calls.size())) {
            throw new ProblemFault(file, at + ".expected", "must be an array with what each of the " + calls.size()
                    + " calls returns (null for the constructor and for void methods)");
        }
        for (int i = 0; i < calls.size(); i++) {
            String call = at + ".input.calls[" + i + "]";
            if (!calls.get(i).isTextual()) {
                throw new ProblemFault(file, call, "must be a method's name");
            }
            java.util.List<Signature.Param> params;
            ValueType returns = null;
            if (i == 0) {
                params = design.constructorParams();
            } else {
                String name = calls.get(i).asText();
                Optional<DesignClass.Method> method = design.method(name);
                if (method.isEmpty()) {
                    throw new ProblemFault(file, call, "\"" + name + "\" is not a method of " + design.name()
                            + (name.equals(design.name()) ? " (the constructor is only the first call)" : ""));
                }
                params = method.get().params();
                returns = method.get().returns();
            }
            JsonNode list = args.get(i);
            String argsAt = at + ".input.args[" + i + "]";
            if (!list.isArray() || list.size() != params.size()) {
                throw new ProblemFault(file, argsAt, "must be an array of " + params.size() + " argument"
                        + (params.size() == 1 ? "" : "s") + " for " + calls.get(i).asText());
            }
            for (int j = 0; j < params.size(); j++) {
                Optional<String> fault = params.get(j).type().check(list.get(j), argsAt + "[" + j + "]");
                if (fault.isPresent()) {
                    throw new ProblemFault(file, argsAt + "[" + j + "]", fault.get());
                }
            }
            if (expected != null) {
                JsonNode want = expected.get(i);
                String wantAt = at + ".expected[" + i + "]";
                if (returns == null && !want.isNull()) {
                    throw new ProblemFault(file, wantAt, "must be null: " + calls.get(i).asText() + " returns nothing");
                }
                if (returns != null) {
                    Optional<String> fault = returns.check(want, wantAt);
                    if (fault.isPresent()) {
                        throw new ProblemFault(file, wantAt, fault.get());
                    }
                }
            }
        }
    }
}
