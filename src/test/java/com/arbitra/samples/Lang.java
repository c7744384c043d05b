package com.arbitra.samples;

/** The language a case (and the screens drawn for it) is in. */
enum Lang {
    ZH, ES, EN;

    String pick(String zh, String es, String en) {
        return switch (this) {
            case ZH -> zh;
            case ES -> es;
            case EN -> en;
        };
    }
}
