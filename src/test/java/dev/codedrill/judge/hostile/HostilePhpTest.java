package dev.codedrill.judge.hostile;

/** The hostile matrix in PHP. */
class HostilePhpTest extends HostileContract {

    @Override
    protected HostilePrograms programs() {
        return new PhpHostilePrograms();
    }
}
