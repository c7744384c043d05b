package com.arbitra.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.arbitra.domain.EvidenceCategory;
import com.arbitra.domain.NotificationChannel;
import com.arbitra.domain.Party;
import com.arbitra.ui.I18n;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RequestFormModelTest {

    static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    RequestFormModel form() {
        return new RequestFormModel(new I18n(Locale.ENGLISH), NOW, Duration.ofHours(48),
                (categories, party) -> party.name() + ": " + categories);
    }

    @Test
    void nothingIsSentUntilACategoryIsChosen() {
        RequestFormModel f = form();

        assertThat(f.valid().get()).isFalse();
        assertThat(f.problem().get()).isEqualTo("Choose at least one evidence category.");
    }

    @Test
    void theTemplateFillsTheInstructionsUntilTheOperatorWritesTheirOwn() {
        RequestFormModel f = form();
        f.categories().add(EvidenceCategory.LOGISTICS);
        assertThat(f.instructions().get()).isEqualTo("MERCHANT: [LOGISTICS]");

        f.addressee().set(RequestFormModel.Addressee.BOTH);
        assertThat(f.instructions().get()).isEqualTo("CONSUMER: [LOGISTICS]");
        assertThat(f.request().instructions()).as("each party is addressed in its own words")
                .containsEntry(Party.CONSUMER, "CONSUMER: [LOGISTICS]").containsEntry(Party.MERCHANT, "MERCHANT: [LOGISTICS]");

        f.instructions().set("Upload the signed delivery receipt.");
        f.categories().add(EvidenceCategory.COMMUNICATION_RECORD);
        assertThat(f.instructions().get()).isEqualTo("Upload the signed delivery receipt.");
        assertThat(f.request().instructions()).containsEntry(Party.MERCHANT, "Upload the signed delivery receipt.");
    }

    @Test
    void aCompleteRequestAsksBothPartiesWithItsDueTimeAndChannels() {
        RequestFormModel f = form();
        f.addressee().set(RequestFormModel.Addressee.BOTH);
        f.categories().add(EvidenceCategory.PRODUCT_CONDITION);
        f.dueHours().set(24);
        f.channels().remove(NotificationChannel.SMS);

        assertThat(f.valid().get()).isTrue();
        RequestFormModel.Request r = f.request();
        assertThat(r.parties()).containsExactly(Party.CONSUMER, Party.MERCHANT);
        assertThat(r.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(r.channels()).containsExactly(NotificationChannel.IN_APP);
    }

    @Test
    void withoutAChannelOrInstructionsTheFormSaysSo() {
        RequestFormModel f = form();
        f.categories().add(EvidenceCategory.OTHER);
        f.instructions().set("  ");
        assertThat(f.problem().get()).isEqualTo("Write the instructions the party will read.");
        f.instructions().set("Anything that shows the order.");
        f.channels().clear();
        assertThat(f.problem().get()).isEqualTo("Choose at least one way to notify the party.");
    }
}
