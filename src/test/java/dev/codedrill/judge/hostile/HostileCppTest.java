package dev.codedrill.judge.hostile;

/** The hostile matrix in C++. */
class HostileCppTest extends HostileContract {

    @Override
    protected HostilePrograms programs() {
        return new CppHostilePrograms();
    }
}
