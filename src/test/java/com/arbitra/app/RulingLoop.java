package com.arbitra.app;

import com.arbitra.support.Seen;
import com.arbitra.domain.Actor;
import com.arbitra.domain.CaseState;
import com.arbitra.domain.Passwords;
import com.arbitra.domain.Remedy;
import com.arbitra.domain.Responsibility;
import com.arbitra.domain.Role;
import com.arbitra.domain.Ruling;
import com.arbitra.store.CaseQueries;
import com.arbitra.store.Session;
import com.arbitra.store.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A process that settles a workspace's waiting cases one after another through the domain services,
 * as supervisors in the console would: claim, then issue a ruling. It prints "ruled ID" after each
 * ruling commits. Tests kill it in the middle, or let it write while a backup is taken; with
 * {@code --hold-last} it waits for the end of its input before the last case, so that it is still at
 * work whenever the test needs it to be.
 */
public final class RulingLoop {

    private RulingLoop() {
    }

    public static void main(String[] args) throws Exception {
        Actor mei = Actor.operator("mei", Role.SUPERVISOR);
        try (Session s = Session.withStoredSettings(Workspace.open(Path.of(args[0])), Clock.systemUTC(),
                ZoneId.of("UTC"), new Passwords(1000))) {
            List<String> waiting = new ArrayList<>();
            new CaseQueries(s.workspace()).forEach(EnumSet.of(CaseState.INTERVENTION_REQUESTED),
                    c -> waiting.add(c.caseId()));
            System.out.println("waiting " + waiting.size());
            System.out.flush();
            boolean holdLast = args.length > 1 && args[1].equals("--hold-last");
            for (int i = 0; i < waiting.size(); i++) {
                String id = waiting.get(i);
                if (holdLast && i == waiting.size() - 1) {
                    // still at work until the test says it is done with the workspace (closes our input)
                    while (System.in.read() >= 0) {
                        // nothing: wait for the end of the input
                    }
                }
                s.cases().claim(id, mei, Seen.version(s.cases(), id));
                s.cases().issueRuling(id, mei, Seen.version(s.cases(), id), new Ruling(null, Responsibility.CONSUMER, Remedy.NO_ACTION,
                        null, List.of("Rules §1.5"), List.of(), "The consumer sent no evidence for the claim, and the "
                        + "merchant's delivery record stands.", false, List.of(), List.of(), null, null, null, null,
                        null, null, null));
                System.out.println("ruled " + id);
                System.out.flush();
            }
            System.out.println("done");
        }
    }
}
