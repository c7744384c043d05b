package com.arbitra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseAction;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.DisputeCase;
import com.arbitra.domain.RefusedException;
import com.arbitra.domain.Role;
import com.arbitra.domain.TransitionTable;
import com.arbitra.domain.WorkflowSettings;
import com.arbitra.support.SampleCases;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The domain's refusals read in each language, and every language has every key. */
class MessagesTest {

    static final I18n EN = new I18n(Locale.ENGLISH);
    static final I18n ES = new I18n(Locale.forLanguageTag("es"));
    static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    private static String refusal(DisputeCase c, CaseAction action, Role role, I18n i18n) {
        return Messages.of(new RefusedException(TransitionTable.check(c, action, new Actor("lin", role),
                SampleCases.T0, WorkflowSettings.defaults()).orElseThrow()), i18n);
    }

    @Test
    void aRoleRefusalInEachLanguage() {
        DisputeCase review = SampleCases.waiting("MP-1").toBuilder().state(CaseState.UNDER_REVIEW).dueAt(null).build();

        assertThat(refusal(review, CaseAction.ISSUE_RULING, Role.AGENT, EN))
                .isEqualTo("Only a supervisor can issue a ruling.");
        assertThat(refusal(review, CaseAction.ISSUE_RULING, Role.AGENT, ES))
                .isEqualTo("Solo un supervisor puede emitir una resolución.");
        assertThat(refusal(review, CaseAction.ISSUE_RULING, Role.AGENT, ZH)).isEqualTo("只有主管可以发布裁决。");
    }

    @Test
    void aStateRefusalNamesTheDeadlineWhenThereIsOne() {
        DisputeCase waiting = SampleCases.waiting("MP-1").toBuilder().state(CaseState.AWAITING_EVIDENCE).build();
        DisputeCase closed = SampleCases.waiting("MP-2").toBuilder().state(CaseState.CLOSED)
                .closeReason(com.arbitra.domain.CloseReason.WITHDRAWN).dueAt(null).build();

        assertThat(refusal(waiting, CaseAction.PROPOSE_RULING, Role.AGENT, ES))
                .startsWith("No se puede proponer una resolución: este caso está a la espera de pruebas hasta ");
        assertThat(refusal(closed, CaseAction.CLAIM, Role.AGENT, ZH)).isEqualTo("无法领取案件：此案件已关闭。");
    }

    /** Read file by file: a resource bundle would quietly lend a missing key from English. */
    @Test
    void everyLanguageHasEveryKey() throws Exception {
        Properties en = properties("messages.properties");
        for (String file : new String[] {"messages_es.properties", "messages_zh_CN.properties"}) {
            Properties other = properties(file);
            assertThat(other.stringPropertyNames()).as(file).isEqualTo(en.stringPropertyNames());
            for (String key : en.stringPropertyNames()) {
                assertThat(other.getProperty(key)).as("%s %s", file, key).isNotBlank();
            }
        }
    }

    /** A refusal without a key is shown in the domain's English sentence to every operator. */
    @Test
    void noKeyIsGivenTwice() throws Exception {
        // a second line of a key silently replaces the first: one of the two texts is never shown
        for (String file : new String[] {"messages.properties", "messages_es.properties", "messages_zh_CN.properties"}) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            java.util.List<String> twice = new java.util.ArrayList<>();
            try (var in = MessagesTest.class.getResourceAsStream("/com/arbitra/ui/" + file)) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    int eq = line.indexOf('=');
                    if (!line.isBlank() && !line.startsWith("#") && eq > 0 && !seen.add(line.substring(0, eq).strip())) {
                        twice.add(line.substring(0, eq));
                    }
                }
            }
            assertThat(twice).as(file).isEmpty();
        }
    }

    @Test
    void everyRefusalCodeInTheSourcesIsTranslated() throws Exception {
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("Refusal\\.of\\(\\s*\"([^\"]+)\"");
        java.util.Set<String> codes = new java.util.TreeSet<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                code.matcher(java.nio.file.Files.readString(f)).results().forEach(m -> codes.add(m.group(1)));
            }
        }
        assertThat(codes).contains("refused.signIn.server", "refused.setting.value");
        assertThat(properties("messages.properties").stringPropertyNames()).containsAll(codes);
    }

    @Test
    void aServerRefusalNamesTheLoginInEachLanguage() {
        var refused = new RefusedException(com.arbitra.domain.Refusal.of("refused.signIn.server", "English", "lin"));

        assertThat(Messages.of(refused, EN)).isEqualTo(
                "The team server refused the login lin; ask the team's administrator to set its password again.");
        assertThat(Messages.of(refused, ZH)).isEqualTo("团队服务器拒绝了登录名 lin；请团队管理员重新设置其密码。");
    }

    /**
     * Every enum the console names through a key (the sources' {@code i18n.t("state." + s.name())}) has
     * its words for every constant in each language (issue 17, point 2). A new such key must be added
     * to this table, so that its enum is checked too.
     */
    @Test
    void everyEnumTheConsoleShowsHasItsWordsInEachLanguage() throws Exception {
        java.util.Map<String, Class<? extends Enum<?>>> shown = java.util.Map.ofEntries(
                java.util.Map.entry("action", CaseAction.class),
                java.util.Map.entry("do", CaseAction.class),
                java.util.Map.entry("actor", com.arbitra.domain.TimelineActor.class),
                java.util.Map.entry("assessment", com.arbitra.domain.Assessment.class),
                java.util.Map.entry("category", com.arbitra.domain.EvidenceCategory.class),
                java.util.Map.entry("channel", com.arbitra.domain.NotificationChannel.class),
                java.util.Map.entry("flag", com.arbitra.domain.CaseFlag.class),
                java.util.Map.entry("measure", com.arbitra.domain.Measure.class),
                java.util.Map.entry("notificationStatus", com.arbitra.domain.NotificationStatus.class),
                java.util.Map.entry("party", com.arbitra.domain.Party.class),
                java.util.Map.entry("problem", com.arbitra.domain.ProblemType.class),
                java.util.Map.entry("remedy", com.arbitra.domain.Remedy.class),
                java.util.Map.entry("requestStatus", com.arbitra.domain.RequestStatus.class),
                java.util.Map.entry("responsibility", com.arbitra.domain.Responsibility.class),
                java.util.Map.entry("role", com.arbitra.domain.Role.class),
                java.util.Map.entry("state", CaseState.class),
                java.util.Map.entry("stateIs", CaseState.class),
                java.util.Map.entry("trigger", com.arbitra.domain.InterventionTrigger.class));
        java.util.regex.Pattern use = java.util.regex.Pattern.compile(
                "\\.t\\(\"([A-Za-z]+)\\.\" \\+ [A-Za-z0-9_().]+\\.name\\(\\)");
        java.util.Set<String> prefixes = new java.util.TreeSet<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/com/arbitra/ui"))) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                use.matcher(java.nio.file.Files.readString(f)).results().forEach(m -> prefixes.add(m.group(1)));
            }
        }
        assertThat(prefixes).as("keys made of an enum's names").contains("state", "do", "party");
        assertThat(shown.keySet()).as("each such key is in this test's table").containsAll(prefixes);
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (String file : new String[] {"messages.properties", "messages_es.properties", "messages_zh_CN.properties"}) {
            Properties p = properties(file);
            for (String prefix : prefixes) {
                for (Enum<?> constant : shown.get(prefix).getEnumConstants()) {
                    if (p.getProperty(prefix + "." + constant.name()) == null) {
                        missing.add(file + " " + prefix + "." + constant.name());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties properties(String name) throws Exception {
        Properties p = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/com/arbitra/ui/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
