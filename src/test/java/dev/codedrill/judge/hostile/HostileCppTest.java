package dev.codedrill.judge.hostile;

import dev.codedrill.problem.ProblemKind;

/** The hostile matrix in C++. */
class HostileCppTest extends HostileContract {

    @Override
    protected HostilePrograms programs() {
        return new CppHostilePrograms();
    }

    @Override
    protected ProblemKind kindInTheCiSubset() {
        return ProblemKind.STDIO;
    }
}
