    // ---------------------------------------------------------------- a function problem: Solution.{{FUNCTION}}
    static Method find(Class<?> solution) throws IOException {
        String[] wanted = new String[] { {{PARAM_TYPES}} };
        Method named = null;
        for (Class<?> c = solution; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals("{{FUNCTION}}")) {
                    named = m;
                    if (fits(m.getGenericParameterTypes(), wanted)
                            && {{RETURN_TYPE}}.class.isAssignableFrom(m.getReturnType())) {
                        m.setAccessible(true);
                        return m;
                    }
                }
            }
        }
        if (named == null) {
            loadError("no method {{FUNCTION}} in class Solution: keep the name of the starter code");
        } else {
            loadError("the method {{FUNCTION}} in class Solution must be {{JAVA_SIGNATURE}}: keep the signature "
                    + "of the starter code");
        }
        return null;
    }

    static void run() throws Exception {
        in = Files.readAllBytes(Path.of("input.txt"));
        results = new FileOutputStream("results.jsonl");
        Class<?> solution;
        Method method;
        Constructor<?> constructor;
        try {
            solution = Class.forName("Solution");
            constructor = solution.getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (ClassNotFoundException e) {
            loadError("no class Solution: keep the class of the starter code");
            return;
        } catch (NoSuchMethodException e) {
            loadError("class Solution needs a constructor without parameters");
            return;
        } catch (Throwable e) {
            loadError(errorText(e));
            return;
        }
        method = find(solution);
        if (method == null) {
            return;
        }
        PrintStream realOut = System.out;
        int tests = rInt();
        for (int i = 0; i < tests; i++) {
            given.clear();
            wrong = null;
            Object[] args = new Object[] { {{READERS}} };
            CappedOut captured = new CappedOut();
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(64).append("{\"i\": ").append(i);
            long start = System.nanoTime();
            try {
                {{CALL}}
                args = null;
                StringBuilder value = new StringBuilder();
                {{WRITER}};
                sb.append(", \"status\": \"ok\", \"value\": ").append(value);
                if (wrong != null) {
                    sb.append(", \"wrong\": ");
                    w(sb, wrong);
                }
            } catch (InvocationTargetException e) {
                args = null;
                failed(sb, e.getCause(), captured, "");
            } catch (Throwable e) {
                args = null;
                failed(sb, e, captured, "");
            }
            finish(sb, start, captured, realOut);
        }
        given.clear();
    }
