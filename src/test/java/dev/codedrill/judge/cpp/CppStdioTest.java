package dev.codedrill.judge.cpp;

import dev.codedrill.judge.StdioContract;
import dev.codedrill.lang.cpp.CppHarness;
import dev.codedrill.lang.harness.HarnessGenerator;

class CppStdioTest extends StdioContract {

    private static String program(String body) {
        return """
                #include <bits/stdc++.h>
                using namespace std;

                int main() {
                    ios::sync_with_stdio(false);
                    cin.tie(nullptr);
                    long long a, b;
                    cin >> a >> b;
                """ + body + """
                    return 0;
                }
                """;
    }

    @Override
    protected HarnessGenerator generator() {
        return new CppHarness();
    }

    @Override
    protected String aPlusB() {
        return program("    cout << a + b << '\\n';\n");
    }

    @Override
    protected String aMinusB() {
        return program("    cout << a - b << '\\n';\n");
    }

    @Override
    protected String crashingWhenBIsTwo() {
        return program("    cout << a / (b - 2) << '\\n';\n");
    }

    @Override
    protected String runtimeErrorFragment() {
        return "SIGFPE";
    }

    @Override
    protected String loopingWhenBIsFive() {
        return program("    volatile bool spin = b == 5;\n    while (spin) { }\n    cout << a + b << '\\n';\n");
    }

    @Override
    protected String flooding() {
        return """
                #include <bits/stdc++.h>
                using namespace std;

                int main() {
                    string chunk(65536, 'x');
                    while (true) cout << chunk;
                }
                """;
    }

    @Override
    protected String notCompiling() {
        return "int main() { return 0 }\n";
    }

    @Override
    protected String compileErrorFragment() {
        return "main.cpp:1";
    }
}
