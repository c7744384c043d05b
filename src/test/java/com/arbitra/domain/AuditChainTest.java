package com.arbitra.domain;

import static com.arbitra.domain.Cases.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The audit log's hash chain: three linked records, then every way of tampering with them. */
class AuditChainTest {

    private static final AuditEntry CLAIMED = new AuditEntry("case-7001", "ana", Role.AGENT, NOW, "CLAIM",
            CaseState.INTERVENTION_REQUESTED, CaseState.UNDER_REVIEW, "{\"assignee\":\"ana\"}");
    private static final AuditEntry PROPOSED = new AuditEntry("case-7001", "ana", Role.AGENT, NOW.plusSeconds(600),
            "PROPOSE_RULING", CaseState.UNDER_REVIEW, CaseState.PENDING_APPROVAL, "{\"remedy\":\"FULL_REFUND\"}");
    private static final AuditEntry ISSUED = new AuditEntry("case-7001", "sue", Role.SUPERVISOR,
            NOW.plusSeconds(1200), "ISSUE_RULING", CaseState.PENDING_APPROVAL, CaseState.AWAITING_FULFILMENT, null);

    private final List<AuditRecord> chain = chainOf(CLAIMED, PROPOSED, ISSUED);

    @Test
    void threeLinkedRecordsVerify() {
        assertThat(chain).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L);
        assertThat(chain.get(0).prevHash()).isEqualTo(AuditChain.GENESIS).isEqualTo("0".repeat(64));
        assertThat(chain.get(1).prevHash()).isEqualTo(chain.get(0).hash());
        assertThat(chain.get(2).prevHash()).isEqualTo(chain.get(1).hash());
        assertThat(chain).extracting(AuditRecord::hash).doesNotHaveDuplicates()
                .allMatch(h -> h.matches("[0-9a-f]{64}"));

        assertThat(AuditChain.verify(chain.iterator())).isEqualTo(AuditChain.Verdict.ok(3));
    }

    @Test
    void anEmptyLogVerifies() {
        assertThat(AuditChain.verify(List.<AuditRecord>of().iterator())).isEqualTo(AuditChain.Verdict.ok(0));
    }

    static Stream<Arguments> edits() {
        List<Arguments> out = new ArrayList<>();
        for (int index = 0; index < 3; index++) {
            out.add(arguments("details", index, (UnaryOperator<AuditEntry>) e -> new AuditEntry(e.caseId(),
                    e.operator(), e.role(), e.at(), e.action(), e.before(), e.after(), "{\"assignee\":\"ben\"}")));
            out.add(arguments("operator", index, (UnaryOperator<AuditEntry>) e -> new AuditEntry(e.caseId(), "mallory",
                    e.role(), e.at(), e.action(), e.before(), e.after(), e.details())));
            out.add(arguments("at", index, (UnaryOperator<AuditEntry>) e -> new AuditEntry(e.caseId(), e.operator(),
                    e.role(), e.at().plusNanos(1000), e.action(), e.before(), e.after(), e.details())));
            out.add(arguments("role", index, (UnaryOperator<AuditEntry>) e -> new AuditEntry(e.caseId(),
                    e.operator(), Role.SUPERVISOR.equals(e.role()) ? Role.AGENT : Role.SUPERVISOR, e.at(), e.action(),
                    e.before(), e.after(), e.details())));
            out.add(arguments("after", index, (UnaryOperator<AuditEntry>) e -> new AuditEntry(e.caseId(),
                    e.operator(), e.role(), e.at(), e.action(), e.before(), CaseState.CLOSED, e.details())));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} of record {1}")
    @MethodSource("edits")
    void anEditedFieldIsDetectedAtThatRecord(String field, int index, UnaryOperator<AuditEntry> edit) {
        List<AuditRecord> tampered = new ArrayList<>(chain);
        AuditRecord r = tampered.get(index);
        tampered.set(index, new AuditRecord(r.seq(), edit.apply(r.entry()), r.prevHash(), r.hash()));

        AuditChain.Verdict verdict = AuditChain.verify(tampered.iterator());

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.brokenSeq()).isEqualTo(index + 1L);
        assertThat(verdict.count()).isEqualTo(index + 1L);
        assertThat(verdict.problem()).isEqualTo("its content does not match its hash (it was changed)");
    }

    @Test
    void anEditedRecordWithARecomputedHashBreaksTheNextLink() {
        List<AuditRecord> tampered = new ArrayList<>(chain);
        AuditEntry forged = new AuditEntry("case-7001", "ana", Role.AGENT, NOW.plusSeconds(600), "PROPOSE_RULING",
                CaseState.UNDER_REVIEW, CaseState.PENDING_APPROVAL, "{\"remedy\":\"NO_ACTION\"}");
        tampered.set(1, AuditChain.link(2, forged, chain.get(0).hash()));

        AuditChain.Verdict verdict = AuditChain.verify(tampered.iterator());

        assertThat(verdict).isEqualTo(AuditChain.Verdict.broken(3, 3,
                "its previous-record hash does not match record 2"));
    }

    @Test
    void aRemovedRecordIsDetected() {
        List<AuditRecord> withoutSecond = List.of(chain.get(0), chain.get(2));

        assertThat(AuditChain.verify(withoutSecond.iterator()))
                .isEqualTo(AuditChain.Verdict.broken(2, 3, "record 2 is missing"));
    }

    @Test
    void aRemovedFirstRecordIsDetected() {
        assertThat(AuditChain.verify(chain.subList(1, 3).iterator()))
                .isEqualTo(AuditChain.Verdict.broken(1, 2, "record 1 is missing"));
    }

    @Test
    void aRenumberedChainWithoutTheRemovedRecordStillBreaks() {
        AuditRecord third = chain.get(2);
        List<AuditRecord> renumbered = List.of(chain.get(0),
                new AuditRecord(2, third.entry(), third.prevHash(), third.hash()));

        AuditChain.Verdict verdict = AuditChain.verify(renumbered.iterator());

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.brokenSeq()).isEqualTo(2);
    }

    @Test
    void theVerifierStopsAtTheFirstBrokenRecord() {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        AuditRecord second = chain.get(1);

        assertThat(verifier.accept(chain.get(0))).isTrue();
        assertThat(verifier.accept(new AuditRecord(2, ISSUED, second.prevHash(), second.hash()))).isFalse();
        assertThat(verifier.accept(chain.get(2))).isFalse();
        assertThat(verifier.verdict().brokenSeq()).isEqualTo(2);
        assertThat(verifier.verdict().count()).isEqualTo(2);
    }

    @Test
    void theCanonicalTextHasOneEscapedFieldPerLine() {
        assertThat(AuditChain.canonical(1, CLAIMED, AuditChain.GENESIS)).isEqualTo("1\ncase-7001\nana\nAGENT\n"
                + "2026-11-20T02:00:00Z\nCLAIM\nINTERVENTION_REQUESTED\nUNDER_REVIEW\n{\"assignee\":\"ana\"}\n"
                + "0".repeat(64) + "\n");
        assertThat(AuditChain.canonical(3, ISSUED, "ab")).endsWith("\nAWAITING_FULFILMENT\n\\0\nab\n");
    }

    @Test
    void aLineBreakInTheDetailsCannotForgeAnotherField() {
        String realPrev = AuditChain.sha256("record 1");
        String fakePrev = AuditChain.sha256("forged record 1");
        AuditEntry forged = entryWithDetails("refund approved\n" + fakePrev);

        List<String> lines = AuditChain.canonical(2, forged, realPrev).lines().toList();

        assertThat(lines).hasSize(10);
        assertThat(lines.get(8)).isEqualTo("refund approved\\n" + fakePrev);
        assertThat(lines.get(9)).isEqualTo(realPrev);
        // unescaped, the same text as the details without the line break and that line in the next field
        AuditEntry honest = entryWithDetails("refund approved");
        String shifted = fakePrev + "\n" + realPrev;
        assertThat(AuditChain.canonical(2, forged, realPrev)).isNotEqualTo(AuditChain.canonical(2, honest, shifted));
        assertThat(AuditChain.hash(2, forged, realPrev)).isNotEqualTo(AuditChain.hash(2, honest, shifted));
    }

    @Test
    void escapesCannotBeConfusedWithEachOtherOrWithNull() {
        List<String> details = List.of("a\nb", "a\\nb", "a\rb", "a\\rb", "\\0", "\\", "\\\\");
        List<String> canonicals = Stream.concat(details.stream().map(AuditChainTest::canonicalWithDetails),
                Stream.of(canonicalWithDetails(null))).toList();

        assertThat(canonicals).doesNotHaveDuplicates();
        assertThat(canonicalWithDetails("a\\nb")).contains("\na\\\\nb\n");
        assertThat(canonicalWithDetails("\\0")).contains("\n\\\\0\n");
        assertThat(canonicals).allSatisfy(text -> assertThat(text.lines()).hasSize(10));
    }

    @Test
    void sha256IsTheStandardDigestInLowerCaseHex() {
        assertThat(AuditChain.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static String canonicalWithDetails(String details) {
        return AuditChain.canonical(2, entryWithDetails(details), AuditChain.GENESIS);
    }

    private static AuditEntry entryWithDetails(String details) {
        return new AuditEntry("case-7001", "ana", Role.AGENT, NOW, "ADD_NOTE", CaseState.UNDER_REVIEW,
                CaseState.UNDER_REVIEW, details);
    }

    private static List<AuditRecord> chainOf(AuditEntry... entries) {
        List<AuditRecord> out = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (AuditEntry e : entries) {
            AuditRecord r = AuditChain.link(out.size() + 1, e, prev);
            out.add(r);
            prev = r.hash();
        }
        return out;
    }
}
