package dev.codedrill.judge;

import dev.codedrill.pool.ReturnCondition;
import java.time.Duration;

/** Lends sandbox containers to the judge: the warm pool, or (for the cold path) a fresh container each time. */
public interface SandboxLender {

    /** A sandbox for the language with the given memory limit, within the wait. */
    BorrowedSandbox borrow(String languageId, int memoryMb, Duration wait) throws InterruptedException;

    /**
     * Takes the sandbox back, saying how its run ended: a suspect one (deadline hit, memory, crash, output flood,
     * cancelled) is destroyed rather than reset and reused.
     */
    void giveBack(BorrowedSandbox sandbox, ReturnCondition how);

    /**
     * Waits, at most {@code wait}, until the engine the sandboxes live in answers again after it failed (the private
     * daemon is restarted by its health monitor within seconds), and gets ready to lend again. Whether it answers.
     */
    boolean awaitEngine(Duration wait) throws InterruptedException;
}
