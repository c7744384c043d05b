package com.arbitra.domain;

/** An appended audit entry with its place in the workspace's hash chain. */
public record AuditRecord(long seq, AuditEntry entry, String prevHash, String hash) {
}
