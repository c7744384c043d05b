package com.arbitra.bundle;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Counts and hashes (SHA-256) what is read through it, and refuses to read past a limit. */
final class Hashing extends FilterInputStream {

    /** More bytes than the limit allows. */
    static final class OverLimit extends IOException {
        OverLimit() {
            super(null, null);
        }
    }

    private final MessageDigest digest;
    private final long limit;
    private long size;

    Hashing(InputStream in, long limit) {
        super(in);
        this.limit = limit;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
            digest.update(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // every byte must pass the digest
        return read() < 0 ? 0 : 1;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(int n) throws OverLimit {
        size += n;
        if (size > limit) {
            throw new OverLimit();
        }
    }

    long size() {
        return size;
    }

    /** The SHA-256 of what was read, in lower-case hex; call once, after the end. */
    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
