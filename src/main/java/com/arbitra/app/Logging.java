package com.arbitra.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends the log to the workspace's {@code logs/} folder, one file a day, a week kept. */
final class Logging {

    private static Path current;

    private Logging() {
    }

    static synchronized void toWorkspace(Path logDir, boolean verbose) {
        if (logDir.equals(current)) {
            return;
        }
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(ctx);
        file.setName("workspace");
        file.setFile(logDir.resolve("arbitra.log").toString());
        TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(file);
        policy.setFileNamePattern(logDir.resolve("arbitra.%d{yyyy-MM-dd}.log").toString());
        policy.setMaxHistory(7);
        policy.start();
        file.setRollingPolicy(policy);
        file.setEncoder(encoder);
        file.start();

        root.addAppender(file);
        root.setLevel(verbose ? Level.DEBUG : Level.INFO);
        // these talk a lot at INFO; their warnings still reach the log
        ctx.getLogger("org.flywaydb").setLevel(verbose ? Level.DEBUG : Level.WARN);
        ctx.getLogger("org.jooq").setLevel(verbose ? Level.DEBUG : Level.WARN);
        ctx.getLogger("h2database").setLevel(Level.WARN);
        current = logDir;
    }
}
