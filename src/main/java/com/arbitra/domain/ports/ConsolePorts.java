package com.arbitra.domain.ports;

import com.arbitra.domain.CaseService;
import com.arbitra.domain.DraftService;
import com.arbitra.domain.OperatorService;
import com.arbitra.domain.SettingsService;
import com.arbitra.domain.TrainingService;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything the console may use of an open workspace: the domain's services and the ports the
 * storage and bundle layers implement. The composition root ({@code app.ConsoleServices}) builds it;
 * views and view models take these and nothing else. Closing it closes the workspace.
 *
 * @param diagnostics the support report (versions, workspace, counts) the console copies for IT
 */
public record ConsolePorts(WorkspaceInfo workspace, Clock clock, CaseService cases, DraftService drafts,
                           OperatorService operators, TrainingService training, SettingsService settings,
                           QueueReader queue, Dashboard dashboard, MerchantReader merchants, ChangeWatch changes,
                           SavedViewStore savedViews, AttachmentStore attachments, CaseImports imports,
                           CaseExports exports, TrainingSets trainingSets, Diagnostics diagnostics,
                           AutoCloseable closer) implements AutoCloseable {

    /** The support report. */
    @FunctionalInterface
    public interface Diagnostics {
        String report();
    }

    public ConsolePorts {
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(closer);
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
