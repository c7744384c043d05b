package com.arbitra.ui;

import com.arbitra.domain.RefusedException;
import com.arbitra.store.WorkspaceException;

/** Turns failures into sentences for the operator. */
public final class Messages {

    private Messages() {
    }

    public static String of(Throwable t, I18n i18n) {
        if (t instanceof RefusedException r) {
            String key = r.refusal().code();
            return i18n.has(key) ? i18n.t(key, r.refusal().args().toArray()) : r.getMessage();
        }
        if (t instanceof WorkspaceException) {
            return t.getMessage();
        }
        return i18n.t("error.internal", t.getClass().getSimpleName() + ": " + t.getMessage());
    }
}
