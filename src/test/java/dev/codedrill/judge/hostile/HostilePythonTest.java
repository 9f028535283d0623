package dev.codedrill.judge.hostile;

import dev.codedrill.problem.ProblemKind;

/** The hostile matrix in Python. */
class HostilePythonTest extends HostileContract {

    @Override
    protected HostilePrograms programs() {
        return new PythonHostilePrograms();
    }

    @Override
    protected ProblemKind kindInTheCiSubset() {
        return ProblemKind.FUNCTION;
    }
}
