package com.arbitra.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Issue 20: outside text in a log message cannot fake a line or steer the terminal showing the log. */
class LoggingTest {

    @TempDir
    Path dir;

    @AfterEach
    void backToTheTestConfiguration() throws Exception {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        ctx.reset();
        new ContextInitializer(ctx).autoConfig();
    }

    @Test
    void controlAndBidiCharactersAndLineBreaksInAMessageAreWrittenEscaped() throws Exception {
        Path logs = dir.resolve("logs");
        Logging.toWorkspace(logs, false);

        LoggerFactory.getLogger(LoggingTest.class).info("Imported {}",
                "tienda\u001b[2J\n2026-12-04 ERROR fake\u202e.json");
        LoggerFactory.getLogger(LoggingTest.class).error("Failed", new IllegalStateException("boom"));

        String log = Files.readString(logs.resolve("arbitra.log"));
        assertThat(log).contains("Imported tienda\\u001b[2J\\u000a2026-12-04 ERROR fake\\u202e.json\n")
                .doesNotContain("\u001b").doesNotContain("\u202e");
        assertThat(log).as("a stack trace keeps its lines").contains("java.lang.IllegalStateException: boom\n\tat ");
    }
}
