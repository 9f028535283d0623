package dev.codedrill.judge.hostile;

import dev.codedrill.problem.ProblemKind;

/** The hostile matrix in Java. */
class HostileJavaTest extends HostileContract {

    @Override
    protected HostilePrograms programs() {
        return new JavaHostilePrograms();
    }

    @Override
    protected ProblemKind kindInTheCiSubset() {
        return ProblemKind.FUNCTION;
    }
}
