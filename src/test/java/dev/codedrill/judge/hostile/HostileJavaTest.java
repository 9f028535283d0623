package dev.codedrill.judge.hostile;

/** The hostile matrix in Java. */
class HostileJavaTest extends HostileContract {

    @Override
    protected HostilePrograms programs() {
        return new JavaHostilePrograms();
    }
}
