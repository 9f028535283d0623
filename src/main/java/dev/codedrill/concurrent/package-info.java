/**
 * What every layer may use for its own threads: {@link dev.codedrill.concurrent.DaemonThreads}. It knows no other
 * package of CodeDrill.
 */
package dev.codedrill.concurrent;
