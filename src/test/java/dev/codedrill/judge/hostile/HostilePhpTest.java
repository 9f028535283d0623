package dev.codedrill.judge.hostile;

import dev.codedrill.problem.ProblemKind;

/** The hostile matrix in PHP. */
class HostilePhpTest extends HostileContract {

    @Override
    protected HostilePrograms programs() {
        return new PhpHostilePrograms();
    }

    @Override
    protected ProblemKind kindInTheCiSubset() {
        return ProblemKind.STDIO;
    }
}
