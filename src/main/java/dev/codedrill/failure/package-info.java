/**
 * What every layer needs to keep failures in plain words: {@link dev.codedrill.failure.PlainMessage} (an exception
 * whose message is written for people), {@link dev.codedrill.failure.RawText} (telling such text from a class name or
 * a parser's message) and {@link dev.codedrill.failure.JsonFaults} (what is wrong with a JSON file, in words). It
 * depends on no other package of CodeDrill, so config, docker and problem can use it. Turning a failure into what
 * the learner reads, and the log file, are {@code dev.codedrill.app.PlainWords} and {@code dev.codedrill.app.LogFile}:
 * they know the exceptions of config, docker and history, so they sit above them. No JavaFX here.
 */
package dev.codedrill.failure;
