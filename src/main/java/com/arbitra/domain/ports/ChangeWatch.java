package com.arbitra.domain.ports;

/** The workspace's change mark: it moves whenever anything in the workspace changed, in any process. */
@FunctionalInterface
public interface ChangeWatch {
    long changeMark();
}
