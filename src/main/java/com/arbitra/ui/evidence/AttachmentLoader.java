package com.arbitra.ui.evidence;

import com.arbitra.domain.Attachment;

/**
 * Where the viewer gets an attachment's bytes (the workspace's blob store in the app, files in tests).
 * Called off the FX thread.
 */
@FunctionalInterface
public interface AttachmentLoader {

    /** The bytes, usually as {@link AttachmentContent#unchecked}: the viewer checks the hash itself. */
    AttachmentContent load(Attachment attachment) throws Exception;
}
