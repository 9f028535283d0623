package dev.codedrill.judge.hostile;

import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.javascript.JavaScriptHarness;

/** The hostile matrix in JavaScript (Node). */
final class JavaScriptHostilePrograms implements HostilePrograms {

    @Override
    public HarnessGenerator generator() {
        return new JavaScriptHarness();
    }

    @Override
    public String body(Behaviour behaviour) {
        return switch (behaviour) {
            case CORRECT -> "";
            // Atomics.wait blocks the thread: Node's synchronous sleep
            case SLOW_FIRST_TEST -> "if (a === 1) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);";
            case ENDLESS_STDOUT -> "while (a >= 0) console.log('y'.repeat(1000));";
            case ENDLESS_STDERR -> "while (a >= 0) console.error('y'.repeat(1000));";
            case ENDLESS_LOOP -> "let x = a;\nwhile (a >= 0) x = (x * 31 + 7) % 1000003;\nb += x;";
            case SLEEP -> "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30000);";
            case KILL_PARENT -> "try {\n    process.kill(process.ppid, 'SIGKILL');\n} catch (e) {\n"
                    + "    throw new Error('the kill was refused: ' + e.message);\n}";
            case FORK_BOMB -> "const cp = require('child_process');\n"
                    + "while (a >= 0) {\n    try { cp.spawn('sleep', ['1000']); } catch (e) { }\n}";
            // filled, so every page is written (outside the JavaScript heap: only the memory cgroup stops it)
            case MEMORY_HOG -> "const hog = [];\nwhile (a >= 0) hog.push(Buffer.alloc(10 << 20, 'y'));";
        };
    }

    @Override
    public String stdio(String body) {
        return "let [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\n" + body
                + "\nconsole.log(String(a + b));\n";
    }

    @Override
    public String function(String body) {
        return "function add(a, b) {\n" + body.indent(4) + "    return a + b;\n}\n";
    }
}
