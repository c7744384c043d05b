package com.arbitra.domain;

/**
 * Who acts on a case. Operators sign in with one of the first three roles; the platform acts through
 * imported bundles, and the system through deadlines that pass.
 */
public enum Role {
    AGENT("an agent"),
    SUPERVISOR("a supervisor"),
    TRAINER("a trainer"),
    PLATFORM("the platform"),
    SYSTEM("the console itself");

    private final String article;

    Role(String article) {
        this.article = article;
    }

    /** "an agent", "a supervisor": how a sentence names the role. */
    public String withArticle() {
        return article;
    }

    public boolean isOperatorRole() {
        return this == AGENT || this == SUPERVISOR || this == TRAINER;
    }
}
