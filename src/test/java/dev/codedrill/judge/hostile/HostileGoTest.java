package dev.codedrill.judge.hostile;

import dev.codedrill.problem.ProblemKind;

/** The hostile matrix in Go. */
class HostileGoTest extends HostileContract {

    @Override
    protected HostilePrograms programs() {
        return new GoHostilePrograms();
    }

    @Override
    protected ProblemKind kindInTheCiSubset() {
        return ProblemKind.FUNCTION;
    }
}
