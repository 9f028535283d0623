package dev.codedrill.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs a piece of a test on the JavaFX thread and waits for it (10 s at most). */
public final class Fx {

    private Fx() {
    }

    public static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }

    public static void fx(Runnable run) throws Exception {
        WaitForAsyncUtils.asyncFx(run).get(10, TimeUnit.SECONDS);
    }
}
