package com.arbitra.domain;

import java.util.Collection;
import java.util.List;

/**
 * Where drafts held while the database does not answer are kept on this workstation, so that a crash
 * or a closed window meanwhile loses nothing: one file per operator, rewritten as the held drafts
 * change and removed once they reached the database.
 */
public interface HeldDrafts {

    /** Every draft held here when the program last ran (and did not reach the database). */
    List<Draft> load();

    /** The operator's held drafts as they now stand (none: the place is emptied). */
    void keep(String operator, Collection<Draft> drafts);
}
