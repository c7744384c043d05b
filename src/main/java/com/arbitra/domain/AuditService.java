package com.arbitra.domain;

/** Checks the workspace's audit chain. */
public final class AuditService {

    private final Store store;

    public AuditService(Store store) {
        this.store = store;
    }

    public AuditChain.Verdict verify() {
        return store.transaction(u -> {
            AuditChain.Verifier v = new AuditChain.Verifier();
            u.audit().forEach(v::accept);
            return v.verdict(u.audit().head());
        });
    }
}
