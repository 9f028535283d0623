/**
 * Failures in plain words: what a learner or an instructor reads when something goes wrong is what happened and what
 * to do next, never a Java exception's class name or a parser's raw message; the details go to the log file
 * ({@link dev.codedrill.failure.LogFile}). No JavaFX here: the CLI and the app share it.
 */
package dev.codedrill.failure;
