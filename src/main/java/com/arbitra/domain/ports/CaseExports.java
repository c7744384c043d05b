package com.arbitra.domain.ports;

import java.nio.file.Path;

/** Exports from the workspace; the file appears whole or not at all. */
public interface CaseExports {

    /** The actions not yet exported (the outbox), for the platform. */
    ExportResult actions(Path out) throws UnusableInputException;

    /** Every case in full. */
    ExportResult full(Path out) throws UnusableInputException;

    /** WeChat Pay's API requests for the outbox's actions on its complaints (WXP- cases), one a line. */
    PlatformRequests wxpayRequests(Path out) throws UnusableInputException;
}
