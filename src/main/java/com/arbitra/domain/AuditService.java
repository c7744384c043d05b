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

    /** Where the chain ends now. */
    public AuditLog.Head head() {
        return store.transaction(u -> u.audit().head());
    }

    /**
     * Checks the chain, and that it still holds what {@code witness} once saw: a chain cut short (its
     * newest records removed and its head moved back) or rewritten from some record on is broken.
     */
    public AuditChain.Verdict verify(AuditChain.Witness witness) {
        return store.transaction(u -> {
            AuditChain.Verifier v = new AuditChain.Verifier();
            String[] seen = new String[1];
            u.audit().forEach(r -> {
                if (v.accept(r) && r.seq() == witness.seq()) {
                    seen[0] = r.hash();
                }
            });
            AuditChain.Verdict verdict = v.verdict(u.audit().head());
            if (!verdict.ok() || witness.seq() == 0) {
                return verdict;
            }
            if (verdict.count() < witness.seq()) {
                return AuditChain.Verdict.broken(verdict.count(), verdict.count() + 1, "the chain ends at record "
                        + verdict.count() + ", but " + witness.source() + " saw record " + witness.seq()
                        + ": records were removed");
            }
            if (witness.hash() != null && !witness.hash().equals(seen[0])) {
                return AuditChain.Verdict.broken(verdict.count(), witness.seq(), "it is not the record "
                        + witness.source() + " saw: the chain was rewritten from there on");
            }
            return verdict;
        });
    }
}
