package com.arbitra.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
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

        // a message may carry outside text (a file name, a merchant's name): it cannot fake a line or
        // steer the terminal that shows the log
        PatternLayout layout = new PatternLayout();
        layout.setContext(ctx);
        layout.getInstanceConverterMap().put("visibleMsg", VisibleMessage::new);
        layout.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %visibleMsg%n");
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(ctx);
        encoder.setLayout(layout);
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
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

    /** The message with its control and bidi characters, line breaks included, shown escaped. */
    static final class VisibleMessage extends ClassicConverter {
        @Override
        public String convert(ILoggingEvent event) {
            return com.arbitra.domain.VisibleText.escaped(event.getFormattedMessage(), true);
        }
    }
}
