    // ---------------------------------------------------------------- a design problem: class {{CLASS}}
    static final String[] NAMES = new String[] { {{METHOD_NAMES}} };
    static final String[][] PARAMS = new String[][] { {{METHOD_PARAMS}} };
    static final Class<?>[] RETURNS = new Class<?>[] { {{METHOD_RETURNS}} };
    static final String[] SIGNATURES = new String[] { {{METHOD_SIGNATURES}} };

    /** Method {@code index} of the class: its name, its parameters' types, its return type as the starter has them. */
    static Method find(Class<?> design, int index) throws IOException {
        Method named = null;
        for (Class<?> c = design; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(NAMES[index]) && !m.isSynthetic()) {
                    named = m;
                    if (fits(m.getGenericParameterTypes(), PARAMS[index])
                            && RETURNS[index].isAssignableFrom(m.getReturnType())) {
                        m.setAccessible(true);
                        return m;
                    }
                }
            }
        }
        if (named == null) {
            loadError("no method " + NAMES[index] + " in class {{CLASS}}: keep the name of the starter code");
        } else {
            loadError("the method " + NAMES[index] + " in class {{CLASS}} must be " + SIGNATURES[index]
                    + ": keep the signature of the starter code");
        }
        return null;
    }

    static Constructor<?> findConstructor(Class<?> design) throws IOException {
        String[] wanted = new String[] { {{CONSTRUCTOR_PARAMS}} };
        for (Constructor<?> c : design.getDeclaredConstructors()) {
            if (fits(c.getGenericParameterTypes(), wanted)) {
                c.setAccessible(true);
                return c;
            }
        }
        loadError("class {{CLASS}} needs the constructor {{CONSTRUCTOR_SIGNATURE}}: keep the constructor of the "
                + "starter code");
        return null;
    }

    /** The arguments of a call of method {@code index}. */
    static Object[] readArgs(int index) {
        switch (index) {
{{READ_CASES}}
            default: throw new IllegalStateException("input.txt: no method number " + index);
        }
    }

    /** What call of method {@code index} returned, as JSON ({@code null} for a void method). */
    static void writeResult(int index, StringBuilder value, Object result) {
        switch (index) {
{{WRITE_CASES}}
            default: throw new IllegalStateException("no method number " + index);
        }
    }

    static void run() throws Exception {
        in = Files.readAllBytes(Path.of("input.txt"));
        results = new FileOutputStream("results.jsonl");
        Class<?> design;
        Constructor<?> constructor;
        Method[] methods = new Method[NAMES.length];
        try {
            design = Class.forName("{{CLASS}}");
        } catch (ClassNotFoundException e) {
            loadError("no class {{CLASS}}: keep the class of the starter code");
            return;
        } catch (Throwable e) {
            loadError(errorText(e));
            return;
        }
        constructor = findConstructor(design);
        if (constructor == null) {
            return;
        }
        for (int k = 0; k < methods.length; k++) {
            methods[k] = find(design, k);
            if (methods[k] == null) {
                return;
            }
        }
        PrintStream realOut = System.out;
        int tests = rInt();
        for (int i = 0; i < tests; i++) {
            given.clear();
            wrong = null;
            int calls = rInt();
            Object[] constructorArgs = new Object[] { {{CONSTRUCTOR_READERS}} };
            int[] which = new int[Math.max(0, calls - 1)];
            Object[][] args = new Object[which.length][];
            for (int k = 0; k < which.length; k++) {
                which[k] = rInt();
                args[k] = readArgs(which[k]);
            }
            CappedOut captured = new CappedOut();
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(64).append("{\"i\": ").append(i);
            String call = "in call 1, {{CLASS}}: ";
            long start = System.nanoTime();
            try {
                Object object = constructor.newInstance(constructorArgs);
                StringBuilder value = new StringBuilder("[null");
                for (int k = 0; k < which.length; k++) {
                    call = "in call " + (k + 2) + ", " + NAMES[which[k]] + ": ";
                    Object result = methods[which[k]].invoke(object, args[k]);
                    value.append(',');
                    writeResult(which[k], value, result);
                }
                value.append(']');
                object = null;
                args = null;
                sb.append(", \"status\": \"ok\", \"value\": ").append(value);
                if (wrong != null) {
                    sb.append(", \"wrong\": ");
                    w(sb, wrong);
                }
            } catch (InvocationTargetException e) {
                args = null;
                failed(sb, e.getCause(), captured, call);
            } catch (Throwable e) {
                args = null;
                failed(sb, e, captured, call);
            }
            finish(sb, start, captured, realOut);
        }
        given.clear();
    }

