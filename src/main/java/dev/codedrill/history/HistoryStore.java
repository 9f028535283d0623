package dev.codedrill.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The user's history in the data dir: submissions, drafts, progress. Safe to call from any thread. Only one store
 * may have a data dir open at a time, in this process or another; a second gets {@link HistoryInUseException}.
 *
 * <pre>
 * try (HistoryStore store = HistoryStore.open(context.dirs().dataDir())) {
 *     store.recovery().ifPresent(r -> show(r.message()));
 *     long id = store.submissions().recordQueued(new NewSubmission("two-sum", "python", SubmissionKind.SUBMIT, code));
 *     store.submissions().recordJudged(id, new Judgement(SubmissionVerdict.ACCEPTED, 12, 12, 340, detailsJson));
 * }
 * </pre>
 */
public final class HistoryStore implements AutoCloseable {

    private final Path databaseFile;
    private final HistoryLock lock;
    private final Jdbc jdbc;
    private final SubmissionLog submissions;
    private final Drafts drafts;
    private final Notes notes;
    private final SolveTimes solveTimes;
    private final Optional<HistoryRecovery> recovery;
    private final int interruptedOnOpen;

    private HistoryStore(Path databaseFile, HistoryLock lock, HistoryDatabase.Opened opened, Clock clock) {
        this.databaseFile = databaseFile;
        this.lock = lock;
        this.jdbc = new Jdbc(opened.pool());
        this.recovery = opened.recovery();
        this.submissions = new SubmissionLog(jdbc, clock);
        this.drafts = new Drafts(jdbc, clock);
        this.notes = new Notes(jdbc, clock);
        this.solveTimes = new SolveTimes(jdbc, clock);
        this.interruptedOnOpen = submissions.interruptPending();
    }

    public static HistoryStore open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    /** Opens (creating if needed) the history in {@code dataDir}; {@code clock} stamps what is recorded. */
    public static HistoryStore open(Path dataDir, Clock clock) {
        if (dataDir.toAbsolutePath().toString().contains(";")) {
            // H2 reads ';' in a database URL as the start of its settings
            throw new HistoryException("The data dir " + dataDir + " contains ';', which the history database cannot "
                    + "use; choose another data dir (\"dataDir\" in the config).");
        }
        HistoryDatabase database = new HistoryDatabase(dataDir, clock);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new HistoryException("Cannot create the data dir " + dataDir + ": " + e, e);
        }
        HistoryLock lock = HistoryLock.acquire(dataDir.resolve(HistoryDatabase.NAME + ".lock"), database.file());
        try {
            HistoryDatabase.Opened opened = database.open();
            try {
                return new HistoryStore(database.file(), lock, opened, clock);
            } catch (RuntimeException e) {
                opened.pool().dispose();
                throw e;
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Where the history of {@code dataDir} is kept. */
    public static Path databaseFile(Path dataDir) {
        return HistoryDatabase.fileIn(dataDir);
    }

    public Path databaseFile() {
        return databaseFile;
    }

    public SubmissionLog submissions() {
        return submissions;
    }

    public Drafts drafts() {
        return drafts;
    }

    /** The learner's notes per problem. */
    public Notes notes() {
        return notes;
    }

    /** The time to the first Accepted per problem, as the learner's timer read it. */
    public SolveTimes solveTimes() {
        return solveTimes;
    }

    public Progress progress() {
        return submissions.progress();
    }

    /** The practice streak as of the clock's today, with days counted in the clock's zone. */
    public PracticeStreak streak(Clock clock) {
        return PracticeStreak.of(submissions.submissionTimes(), clock);
    }

    /** Set when the file found on open could not be read and was moved aside; tell the user. */
    public Optional<HistoryRecovery> recovery() {
        return recovery;
    }

    /** How many submissions were still pending from the last run and are now {@link SubmissionVerdict#INTERRUPTED}. */
    public int interruptedOnOpen() {
        return interruptedOnOpen;
    }

    @Override
    public void close() {
        try {
            jdbc.close();
        } finally {
            lock.close();
        }
    }
}
