package dev.codedrill.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.codedrill.config.ConfigException;
import dev.codedrill.docker.EngineException;
import dev.codedrill.docker.EngineUnavailableException;
import dev.codedrill.docker.ImageMissingException;
import dev.codedrill.failure.JsonFaults;
import dev.codedrill.failure.PlainMessage;
import dev.codedrill.failure.RawText;
import dev.codedrill.history.HistoryException;
import dev.codedrill.history.HistoryInUseException;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into what a learner or an instructor reads: what happened and what to do next, in words. It walks
 * the causes to find a family it knows (the engine unreachable or gone, an image missing, the history, a full disk,
 * a config or JSON fault, a missing or unreadable file, a cancelled task); anything else is "something went wrong
 * inside CodeDrill", with the log file's path. Never a Java class name or a parser's raw message: {@link #report}
 * puts those, with the stack, in the log file instead.
 */
public final class PlainWords {

    /**
     * Logs to the log file only ({@link LogConfigurator}), so the CLI's stderr shows the plain message and not the
     * stack.
     */
    private static final Logger LOG = LoggerFactory.getLogger(PlainWords.class);

    private PlainWords() {
    }

    /**
     * Logs the failure with its stack to the log file and returns {@link #explain}.
     *
     * @param doing what was being done, as it would follow "while": "judging your code", "saving your draft"
     */
    public static String report(Throwable failure, String doing) {
        LOG.warn("Failed while {}", doing, failure);
        return explain(failure, doing);
    }

    /**
     * What happened and what to do, in words.
     *
     * @param doing what was being done, as it would follow "while": "judging your code", "saving your draft"
     */
    public static String explain(Throwable failure, String doing) {
        List<Throwable> chain = chain(failure);
        Optional<Throwable> written = chain.stream().filter(t -> t instanceof PlainMessage).findFirst();
        if (written.isPresent() && RawText.isPlain(written.get().getMessage())) {
            return written.get().getMessage();
        }
        if (interrupted(chain)) {
            return capitalized(doing) + " stopped before it finished: it was cancelled. Start it again when you are"
                    + " ready.";
        }
        if (chain.stream().anyMatch(t -> diskFull(t.getMessage()))) {
            return "The disk is full, so " + doing + " could not finish. Free some space on the disk and try again.";
        }
        Optional<ImageMissingException> image = first(chain, ImageMissingException.class);
        if (image.isPresent() && RawText.isPlain(image.get().getMessage())) {
            return image.get().getMessage();
        }
        Optional<EngineUnavailableException> unavailable = first(chain, EngineUnavailableException.class);
        if (unavailable.isPresent()) {
            String said = RawText.plainPart(unavailable.get().getMessage());
            String next = unavailable.get().nextStep();
            return (said.isEmpty() ? "The Docker engine does not answer" : said)
                    + (said.endsWith(".") ? "" : ".")
                    + (said.contains(next) || next.isBlank() ? "" : " " + next + ".");
        }
        Optional<HistoryInUseException> inUse = first(chain, HistoryInUseException.class);
        if (inUse.isPresent() && RawText.isPlain(inUse.get().getMessage())) {
            return inUse.get().getMessage();
        }
        Optional<ConfigException> config = first(chain, ConfigException.class);
        if (config.isPresent()) {
            String said = RawText.plainPart(config.get().getMessage());
            return (said.isEmpty() ? "The config file cannot be used" : said) + ". Fix the config file and try again.";
        }
        if (connectionBroke(chain)) {
            return "The connection to the Docker engine broke while " + doing + ". Check that Docker is running"
                    + " ('codedrill doctor' says what is wrong), then try again.";
        }
        Optional<EngineException> engine = first(chain, EngineException.class);
        if (engine.isPresent()) {
            String said = RawText.plainPart(engine.get().getMessage());
            return "The Docker engine failed while " + doing + (said.isEmpty() ? "" : ": " + said) + ". Run"
                    + " 'codedrill doctor' to see what is wrong, then try again. The details are in the log: "
                    + LogFile.path();
        }
        Optional<HistoryException> history = first(chain, HistoryException.class);
        if (history.isPresent()) {
            String said = RawText.firstPart(history.get().getMessage());
            return (said.isEmpty() ? "Your history could not be read or saved while " + doing : said)
                    + ". Check that the data folder can be written, then try again. The details are in the log: "
                    + LogFile.path();
        }
        Optional<JsonProcessingException> json = first(chain, JsonProcessingException.class);
        if (json.isPresent()) {
            String where = JsonFaults.where(json.get());
            return "A JSON file is not valid" + (where.isEmpty() ? "" : " at " + where) + ": "
                    + JsonFaults.reason(json.get()) + " (while " + doing + "). Fix the file and try again.";
        }
        Optional<String> file = fileProblem(chain);
        if (file.isPresent()) {
            return file.get();
        }
        return "Something went wrong inside CodeDrill while " + doing + ". The details are in the log: "
                + LogFile.path() + ". Try again; if it keeps happening, report it with that log file.";
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t) && chain.size() < 50; t = t.getCause()) {
            chain.add(t);
            for (Throwable suppressed : t.getSuppressed()) {
                if (!chain.contains(suppressed)) {
                    chain.add(suppressed);
                }
            }
        }
        return chain;
    }

    private static <T extends Throwable> Optional<T> first(List<Throwable> chain, Class<T> type) {
        return chain.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private static boolean interrupted(List<Throwable> chain) {
        return chain.stream().anyMatch(t -> t instanceof InterruptedException || t instanceof CancellationException
                || t instanceof ClosedByInterruptException
                || (t instanceof InterruptedIOException && !(t instanceof SocketTimeoutException)));
    }

    static boolean diskFull(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("no space left on device") || m.contains("not enough space on the disk")
                || m.contains("disk quota exceeded") || m.contains("enospc");
    }

    private static boolean connectionBroke(List<Throwable> chain) {
        for (Throwable t : chain) {
            if (t instanceof SocketException || t instanceof SSLException || t instanceof EOFException) {
                return true;
            }
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("broken pipe") || m.contains("connection reset") || m.contains("connection refused")
                    || m.contains("terminated the handshake") || m.contains("failed to respond")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> fileProblem(List<Throwable> chain) {
        for (Throwable t : chain) {
            if (t instanceof NoSuchFileException e) {
                return Optional.of(e.getFile() + " does not exist. Check the path and try again.");
            }
            if (t instanceof AccessDeniedException e) {
                return Optional.of(e.getFile() + " cannot be opened: permission denied. Check its permissions and"
                        + " try again.");
            }
            if (t instanceof NotDirectoryException e) {
                return Optional.of(e.getFile() + " is not a folder. Check the path and try again.");
            }
            if (t instanceof FileSystemException e && e.getFile() != null) {
                String reason = e.getReason() == null || !RawText.isPlain(e.getReason()) ? "it cannot be used"
                        : e.getReason();
                return Optional.of(e.getFile() + ": " + reason + ". Check the file and try again.");
            }
            if (t instanceof FileNotFoundException e && RawText.isPlain(e.getMessage())) {
                return Optional.of("A file cannot be opened: " + e.getMessage() + ". Check the path and try again.");
            }
        }
        return Optional.empty();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
