package com.arbitra.ui.evidence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The viewer's logic stays testable without a toolkit. */
class EvidenceArchitectureTest {

    @Test
    void theViewModelUsesOnlyJavaFxProperties() {
        noClasses().that().haveNameMatching("com\\.arbitra\\.ui\\.evidence\\.(AttachmentViewModel|AttachmentContent"
                        + "|AttachmentLoader|Decoded|PdfPages|MediaType|Zoom|EvidenceFormats)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.embed..", "javafx.application..", "org.kordamp..", "atlantafx..")
                .because("view models are tested without the toolkit (shared/style.md); only views draw")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.arbitra.ui.evidence"));
    }
}
