package com.arbitra.ui.evidence;

import com.arbitra.domain.Logistics;
import com.arbitra.ui.I18n;
import javafx.scene.Parent;

/** The carrier and tracking number a party gave with a logistics item. */
public final class LogisticsCard {

    private final Parent root;

    public LogisticsCard(Logistics logistics, I18n i18n) {
        root = Cards.card("logisticsCard", "mdi2t-truck-delivery-outline", i18n.t("evidence.logistics.title"), i18n,
                new Cards.Row("logisticsCarrier", i18n.t("evidence.logistics.carrier"), logistics.carrier(), false),
                new Cards.Row("logisticsTracking", i18n.t("evidence.logistics.tracking"), logistics.trackingNumber(),
                        true));
    }

    public Parent root() {
        return root;
    }
}
