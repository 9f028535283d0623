package dev.codedrill.judge.hostile;

/** The hostile matrix in JavaScript. */
class HostileJavaScriptTest extends HostileContract {

    @Override
    protected HostilePrograms programs() {
        return new JavaScriptHostilePrograms();
    }
}
