package dev.codedrill.judge.hostile;

import dev.codedrill.lang.cpp.CppHarness;
import dev.codedrill.lang.harness.HarnessGenerator;

/** The hostile matrix in C++. */
final class CppHostilePrograms implements HostilePrograms {

    private static final String INCLUDES = "#include <bits/stdc++.h>\n#include <signal.h>\n#include <unistd.h>\n"
            + "using namespace std;\n\n";

    @Override
    public HarnessGenerator generator() {
        return new CppHarness();
    }

    @Override
    public String body(Behaviour behaviour) {
        return switch (behaviour) {
            case CORRECT -> "";
            case SLOW_FIRST_TEST -> "if (a == 1) usleep(1500000);";
            case ENDLESS_STDOUT -> "while (a >= 0) cout << string(1000, 'y') << '\\n';";
            case ENDLESS_STDERR -> "while (a >= 0) cerr << string(1000, 'y') << '\\n';";
            // volatile: every store is a side effect, so the loop cannot be assumed to end and be removed
            case ENDLESS_LOOP -> "volatile long long x = a;\nwhile (a >= 0) x = x * 31 + 7;";
            case SLEEP -> "sleep(30);";
            case KILL_PARENT -> "if (kill(getppid(), SIGKILL) != 0) {\n"
                    + "    throw runtime_error(string(\"the kill was refused: \") + strerror(errno));\n}";
            case FORK_BOMB -> "while (a >= 0) fork();";
            // the volatile read of each block keeps the allocations (and the loop) from being optimised away
            case MEMORY_HOG -> "vector<vector<char>> hog;\nvolatile char seen = 0;\nwhile (a >= 0) {\n"
                    + "    hog.emplace_back(10 << 20, 'y');\n    seen = hog.back()[hog.size() % 1000];\n}";
        };
    }

    @Override
    public String stdio(String body) {
        return INCLUDES + "int main() {\n    long long a, b;\n    cin >> a >> b;\n" + body.indent(4)
                + "    cout << a + b << endl;\n    return 0;\n}\n";
    }

    @Override
    public String function(String body) {
        return INCLUDES + "class Solution {\npublic:\n    int add(int a, int b) {\n" + body.indent(8)
                + "        return a + b;\n    }\n};\n";
    }
}
