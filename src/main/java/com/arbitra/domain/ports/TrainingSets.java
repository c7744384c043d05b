package com.arbitra.domain.ports;

import com.arbitra.domain.Difficulty;
import java.nio.file.Path;
import java.util.List;

/** Makes training sets from the closed cases of a live workspace, as {@code arbitra training make} does. */
public interface TrainingSets {

    /** Whether the folder holds a workspace. */
    boolean isWorkspace(Path dir);

    TrainingSetResult make(Path workspace, List<String> caseIds, Path out, boolean keepAttachments,
                           Difficulty difficulty) throws UnusableInputException;
}
