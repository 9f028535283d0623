package dev.codedrill.judge;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.lang.Language;
import dev.codedrill.pool.PoolConfig;
import dev.codedrill.pool.ReturnCondition;
import dev.codedrill.pool.SandboxFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cold path, for comparison: a fresh sandbox (the pool's own recipe, without warm-up tasks) for every
 * submission, removed afterwards.
 */
public final class ColdLender implements SandboxLender {

    private final DockerEngine engine;
    private final SandboxFactory factory;
    private final Map<String, Language> languages;
    private final Map<String, dev.codedrill.pool.SandboxContainer> made = new ConcurrentHashMap<>();

    public ColdLender(DockerEngine engine, PoolConfig config, Map<String, Language> languages) {
        this.engine = engine;
        this.factory = new SandboxFactory(engine, config);
        this.languages = Map.copyOf(languages);
    }

    @Override
    public BorrowedSandbox borrow(String languageId, int memoryMb, Duration wait) {
        dev.codedrill.pool.SandboxContainer sandbox = factory.create(languages.get(languageId), false);
        made.put(sandbox.containerId(), sandbox);
        engine.updateMemory(sandbox.containerId(), memoryMb * 1024L * 1024L);
        return new BorrowedSandbox(engine, sandbox.containerId());
    }

    @Override
    public boolean awaitEngine(Duration wait) throws InterruptedException {
        return EngineWait.until(engine, wait);
    }

    @Override
    public void giveBack(BorrowedSandbox sandbox, ReturnCondition how) {
        dev.codedrill.pool.SandboxContainer made = this.made.remove(sandbox.containerId());
        if (made != null) {
            factory.destroy(made);
        }
    }
}
