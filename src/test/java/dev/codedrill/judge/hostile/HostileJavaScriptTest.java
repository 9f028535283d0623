package dev.codedrill.judge.hostile;

import dev.codedrill.problem.ProblemKind;

/** The hostile matrix in JavaScript. */
class HostileJavaScriptTest extends HostileContract {

    @Override
    protected HostilePrograms programs() {
        return new JavaScriptHostilePrograms();
    }

    @Override
    protected ProblemKind kindInTheCiSubset() {
        return ProblemKind.STDIO;
    }
}
