package com.arbitra.ui.evidence;

import com.arbitra.domain.PaymentDetails;
import com.arbitra.ui.I18n;
import javafx.scene.Parent;

/** The refund, transaction-flow and transfer numbers of a payment item, and its amount in its currency. */
public final class PaymentCard {

    private final Parent root;

    public PaymentCard(PaymentDetails payment, I18n i18n) {
        String amount = payment.amount() == null ? null : EvidenceFormats.money(payment.amount(), i18n.locale());
        root = Cards.card("paymentCard", "mdi2c-cash-multiple", i18n.t("evidence.payment.title"), i18n,
                new Cards.Row("paymentRefund", i18n.t("evidence.payment.refund"), payment.refundNumber(), true),
                new Cards.Row("paymentFlow", i18n.t("evidence.payment.flow"), payment.flowNumber(), true),
                new Cards.Row("paymentTransfer", i18n.t("evidence.payment.transfer"), payment.transferNumber(), true),
                new Cards.Row("paymentAmount", i18n.t("evidence.payment.amount"), amount, false));
    }

    public Parent root() {
        return root;
    }
}
