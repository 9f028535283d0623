package dev.codedrill.judge.hostile;

/** The hostile matrix in Python. */
class HostilePythonTest extends HostileContract {

    @Override
    protected HostilePrograms programs() {
        return new PythonHostilePrograms();
    }
}
