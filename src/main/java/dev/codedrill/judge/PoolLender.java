package dev.codedrill.judge;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.pool.ContainerPool;
import dev.codedrill.pool.Lease;
import dev.codedrill.pool.ReturnCondition;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Lends the warm pool's containers to the judge, with the problem's memory limit for the run. */
public final class PoolLender implements SandboxLender {

    private final ContainerPool pool;
    private final DockerEngine engine;
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();

    public PoolLender(ContainerPool pool, DockerEngine engine) {
        this.pool = pool;
        this.engine = engine;
    }

    @Override
    public BorrowedSandbox borrow(String languageId, int memoryMb, Duration wait) {
        Lease lease = pool.borrow(languageId, wait);
        try {
            lease.useMemoryLimit(memoryMb * 1024L * 1024L);
        } catch (RuntimeException e) {
            lease.markSuspect(ReturnCondition.CRASHED);
            lease.close();
            throw e;
        }
        leases.put(lease.containerId(), lease);
        return new BorrowedSandbox(engine, lease.containerId(), lease::takePreparedExec);
    }

    @Override
    public boolean awaitEngine(Duration wait) throws InterruptedException {
        boolean back = EngineWait.until(engine, wait);
        if (back) {
            pool.engineBack();
        }
        return back;
    }

    @Override
    public void giveBack(BorrowedSandbox sandbox, ReturnCondition how) {
        Lease lease = leases.remove(sandbox.containerId());
        if (lease == null) {
            return;
        }
        if (how.suspect()) {
            lease.markSuspect(how);
        }
        lease.close();
    }
}
