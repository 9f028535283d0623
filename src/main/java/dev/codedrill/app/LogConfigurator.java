package dev.codedrill.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;

/**
 * The logging set-up, in code (found by logback through META-INF/services): what a logback.xml would say, without
 * the XML parser and logback's configuration model, which took about a fifth of a second of every start before the
 * window could show.
 *
 * <ul>
 *   <li>stderr: warnings and errors (the level of {@code CODEDRILL_LOG_LEVEL}, WARN by default), without stack traces:
 *   CLI output is the product, and it goes to stdout, never mixed with the log;</li>
 *   <li>the log file ({@link LogFile}: logs/codedrill.log in the data dir), 5 MB, then rolled over three files, with
 *   the stack traces;</li>
 *   <li>failures already told to the user in plain words ({@link PlainWords}): their details at INFO, file only.</li>
 * </ul>
 * Logback's own complaints (a log folder it cannot create) never reach the user's terminal.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    static final String LEVEL_VARIABLE = "CODEDRILL_LOG_LEVEL";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        NopStatusListener quiet = new NopStatusListener();
        context.getStatusManager().add(quiet);

        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder(context, "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n%nopex"));
        stderr.start();

        String file = LogFile.path().toString();
        RollingFileAppender<ILoggingEvent> log = new RollingFileAppender<>();
        log.setContext(context);
        log.setName("FILE");
        log.setFile(file);
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(log);
        rolling.setFileNamePattern(file + ".%i");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> size = new SizeBasedTriggeringPolicy<>();
        size.setContext(context);
        size.setMaxFileSize(FileSize.valueOf("5MB"));
        size.start();
        log.setRollingPolicy(rolling);
        log.setTriggeringPolicy(size);
        log.setEncoder(encoder(context, "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger - %msg%n"));
        log.start();

        Logger plainWords = context.getLogger(PlainWords.class);
        plainWords.setLevel(Level.INFO);
        plainWords.setAdditive(false);
        plainWords.addAppender(log);
        context.getLogger("com.github.dockerjava").setLevel(Level.WARN);
        context.getLogger("org.apache.hc").setLevel(Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getenv(LEVEL_VARIABLE), Level.WARN));
        root.addAppender(stderr);
        root.addAppender(log);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
