package dev.codedrill.docker;

/**
 * A resource limit (an rlimit, what {@code ulimit} shows) that every process in a container starts with.
 *
 * @param name the name Docker uses, e.g. {@code core}, {@code nofile}, {@code fsize} (bytes)
 * @param soft the limit a process is held to; it may raise it up to {@code hard}
 * @param hard the ceiling, which a process without privileges can lower but never raise
 */
public record ProcessLimit(String name, long soft, long hard) {

    public ProcessLimit {
        if (name == null || !name.matches("[a-z]+")) {
            throw new IllegalArgumentException("a limit's name looks like nofile, not '" + name + "'");
        }
        if (soft < 0 || hard < 0 || soft > hard) {
            throw new IllegalArgumentException(name + ": need 0 <= soft <= hard, not " + soft + " / " + hard);
        }
    }
}
