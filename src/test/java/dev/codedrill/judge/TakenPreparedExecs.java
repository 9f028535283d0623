package dev.codedrill.judge;

import dev.codedrill.docker.PreparedExec;
import dev.codedrill.pool.Lease;
import java.util.List;
import java.util.function.Supplier;

/** A {@link BorrowedSandbox}'s source of prepared execs that records each one it hands out. */
final class TakenPreparedExecs {

    private TakenPreparedExecs() {
    }

    /** The lease's prepared execs, each added to {@code taken} as it is handed out. */
    static Supplier<PreparedExec> recording(Lease lease, List<PreparedExec> taken) {
        return () -> {
            PreparedExec exec = lease.takePreparedExec();
            if (exec != null) {
                taken.add(exec);
            }
            return exec;
        };
    }
}
