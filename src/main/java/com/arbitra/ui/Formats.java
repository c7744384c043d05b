package com.arbitra.ui;

import com.arbitra.domain.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** How the console writes values for people. */
public final class Formats {

    private Formats() {
    }

    /** In the operator's locale, with the amount's own currency and its minor units (CNY 2, JPY 0). */
    public static String money(Money money, Locale locale) {
        Currency currency;
        try {
            currency = Currency.getInstance(money.currency());
        } catch (IllegalArgumentException notIso) {
            return money.toString();
        }
        int digits = money.currencyDigits();
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(money.value(), digits));
    }
}
