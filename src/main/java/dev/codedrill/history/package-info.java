/**
 * The user's history: every submission (recorded when queued, updated when judged), the editor's drafts, the
 * last language per problem, and the progress derived from them. One H2 file, {@code history.mv.db}, in the data
 * dir; its schema is the Flyway migrations in {@code db/migration}.
 *
 * <p>Start at {@link dev.codedrill.history.HistoryStore}: {@code open} it once per app run, show
 * {@code recovery()} if present, and call {@code submissions()}, {@code drafts()}, {@code progress()} and
 * {@code streak(clock)} from any thread (the calls block on the database, so keep them off the FX thread).
 * History knows problems and languages only by id.
 */
package dev.codedrill.history;
