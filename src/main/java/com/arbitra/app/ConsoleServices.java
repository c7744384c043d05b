package com.arbitra.app;

import com.arbitra.bundle.BundleException;
import com.arbitra.bundle.Exporter;
import com.arbitra.bundle.Importer;
import com.arbitra.bundle.Limits;
import com.arbitra.bundle.SampleBundle;
import com.arbitra.bundle.TrainingSetMaker;
import com.arbitra.domain.Difficulty;
import com.arbitra.domain.WorkspaceKind;
import com.arbitra.domain.ports.CaseExports;
import com.arbitra.domain.ports.CaseImports;
import com.arbitra.domain.ports.ConsolePorts;
import com.arbitra.domain.ports.ConsoleWorkspaces;
import com.arbitra.domain.ports.ExportResult;
import com.arbitra.domain.ports.ImportReport;
import com.arbitra.domain.ports.TrainingSetResult;
import com.arbitra.domain.ports.TrainingSets;
import com.arbitra.domain.ports.UnusableInputException;
import com.arbitra.domain.ports.WorkspaceInfo;
import com.arbitra.store.CaseQueries;
import com.arbitra.store.DashboardQueries;
import com.arbitra.store.Diagnostics;
import com.arbitra.store.ExportQueries;
import com.arbitra.store.MerchantQueries;
import com.arbitra.store.QueueQueries;
import com.arbitra.store.SavedViews;
import com.arbitra.store.Session;
import com.arbitra.store.Workspace;
import com.arbitra.store.WorkspaceException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The console's composition root: builds the storage and bundle implementations of an open workspace
 * and hands the console only the domain's services and ports ({@link ConsolePorts}).
 */
public final class ConsoleServices implements ConsoleWorkspaces {

    /** Opens a workspace folder as a session (the application's clock, settings and logging). */
    @FunctionalInterface
    public interface Opener {
        Session open(Path dir) throws WorkspaceException;
    }

    private final Opener opener;

    public ConsoleServices(Opener opener) {
        this.opener = opener;
    }

    @Override
    public void askPasswordsWith(java.util.function.BiFunction<String, String, char[]> ask) {
        com.arbitra.store.TeamServer.promptWith(ask);
    }

    @Override
    public void askUnlockWith(java.util.function.BiFunction<Path, String, Unlock> ask) {
        com.arbitra.store.FileKeys.signInWith((dir, refused) -> {
            Unlock who = ask.apply(dir, refused);
            return who == null ? null : new com.arbitra.store.FileKeys.Credentials(who.operator(), who.secret());
        });
    }

    @Override
    public ConsolePorts open(Path dir) throws UnusableInputException {
        try {
            return ports(opener.open(dir));
        } catch (WorkspaceException e) {
            throw new UnusableInputException(e.getMessage(), e);
        }
    }

    @Override
    public ConsolePorts createTraining(Path dir) throws UnusableInputException {
        try (Workspace created = Workspace.create(dir, WorkspaceKind.TRAINING)) {
            Path samples = SampleBundle.materializeTraining();
            try {
                new Importer(created, AppWorkspaces.CLOCK, Limits.defaults(), "console")
                        .run(samples, Importer.Options.defaults(), (n, t) -> { });
            } finally {
                SampleBundle.removeCopy(samples);
            }
        } catch (WorkspaceException | BundleException e) {
            throw new UnusableInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UnusableInputException("Cannot write the training workspace in " + dir + ": " + e.getMessage(), e);
        }
        return open(dir);
    }

    /** The ports of an open session; closing them closes the session. */
    public static ConsolePorts ports(Session s) {
        Workspace ws = s.workspace();
        ExportQueries blobs = new ExportQueries(ws);
        return new ConsolePorts(new WorkspaceInfo(ws.dir(), ws.kind()), s.clock(), s.cases(), s.drafts(),
                s.operators(), s.training(), s.settings(), new QueueQueries(ws), new DashboardQueries(ws),
                new MerchantQueries(ws), new CaseQueries(ws), new SavedViews(ws, s.clock()), blobs::blob,
                imports(s), exports(s), trainingSets(s), () -> Diagnostics.report(ws), s);
    }

    private static CaseImports imports(Session s) {
        return new CaseImports() {
            @Override
            public boolean training() {
                return s.workspace().kind() == WorkspaceKind.TRAINING;
            }

            @Override
            public ImportReport run(Path bundle, String operator, Progress progress) throws UnusableInputException {
                try {
                    return new Importer(s.workspace(), s.clock(), Limits.defaults(), operator)
                            .run(bundle, Importer.Options.defaults(), progress::cases);
                } catch (BundleException e) {
                    throw new UnusableInputException(e.getMessage(), e);
                } catch (IOException e) {
                    throw new UnusableInputException("Cannot read " + bundle + ": " + e.getMessage(), e);
                }
            }

            @Override
            public ImportReport samples(String operator, Progress progress) throws UnusableInputException {
                Path copy;
                try {
                    copy = training() ? SampleBundle.materializeTraining() : SampleBundle.materialize(s.clock().instant());
                } catch (IOException e) {
                    throw new UnusableInputException("Cannot copy the sample cases out: " + e.getMessage(), e);
                }
                ImportReport bundle;
                try {
                    bundle = run(copy, operator, progress);
                } finally {
                    SampleBundle.removeCopy(copy);
                }
                if (training() || bundle.refused() || s.cases().find(SampleBundle.WXPAY_FIRST_CASE).isPresent()) {
                    return bundle;
                }
                // and the same platform's complaints as WeChat Pay's API gives them (issue 18)
                try {
                    copy = SampleBundle.materializeWxpay(s.clock().instant());
                } catch (IOException e) {
                    throw new UnusableInputException("Cannot copy the sample cases out: " + e.getMessage(), e);
                }
                try {
                    return bundle.and(run(copy, operator, progress));
                } finally {
                    SampleBundle.removeCopy(copy);
                }
            }
        };
    }

    private static CaseExports exports(Session s) {
        Exporter exporter = new Exporter(s.workspace(), s.clock());
        return new CaseExports() {
            @Override
            public ExportResult actions(Path out) throws UnusableInputException {
                return export(() -> exporter.actions(out, List.of()), out);
            }

            @Override
            public ExportResult full(Path out) throws UnusableInputException {
                return export(() -> exporter.full(out, List.of()), out);
            }

            @Override
            public com.arbitra.domain.ports.PlatformRequests wxpayRequests(Path out) throws UnusableInputException {
                com.arbitra.bundle.WxpayExport.Result[] r = new com.arbitra.bundle.WxpayExport.Result[1];
                export(() -> {
                    r[0] = new com.arbitra.bundle.WxpayExport(s.workspace(), s.clock()).write(out);
                    return null;
                }, out);
                return new com.arbitra.domain.ports.PlatformRequests(r[0].file(), r[0].requests(), r[0].actions(),
                        r[0].notExpressed());
            }
        };
    }

    private interface Export {
        ExportResult run() throws IOException;
    }

    private static ExportResult export(Export work, Path out) throws UnusableInputException {
        try {
            return work.run();
        } catch (Exporter.ExportRefusedException e) {
            throw new UnusableInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UnusableInputException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static TrainingSets trainingSets(Session s) {
        return new TrainingSets() {
            @Override
            public boolean isWorkspace(Path dir) {
                return Workspace.exists(dir);
            }

            @Override
            public TrainingSetResult make(Path workspace, List<String> caseIds, Path out, boolean keepAttachments,
                                          Difficulty difficulty) throws UnusableInputException {
                try (Workspace from = Workspace.open(workspace)) {
                    return new TrainingSetMaker(from, s.clock()).make(caseIds, out, keepAttachments, difficulty);
                } catch (WorkspaceException e) {
                    throw new UnusableInputException(e.getMessage(), e);
                } catch (IOException e) {
                    throw new UnusableInputException("Cannot write " + out + ": " + e.getMessage(), e);
                }
            }
        };
    }
}
