package dev.codedrill.judge.hostile;

/** The hostile matrix in Go. */
class HostileGoTest extends HostileContract {

    @Override
    protected HostilePrograms programs() {
        return new GoHostilePrograms();
    }
}
