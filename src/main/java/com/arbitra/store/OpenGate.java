package com.arbitra.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets one process at a time open or close a workspace's database. In H2's mixed mode the first
 * process serves the others; while one process starts or stops serving, the lock file briefly says
 * nothing useful and others opening at that moment fail. Taking turns through this gate (an OS file
 * lock on {@code open.lock}, plus a lock within this JVM, since a file lock belongs to the whole
 * process) removes that race between Arbitra processes.
 */
final class OpenGate {

    private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();

    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private OpenGate() {
    }

    static <T, E extends Exception> T through(Path dir, Work<T, E> work) throws E, IOException {
        IN_THIS_JVM.lock();
        try (FileChannel channel = FileChannel.open(dir.resolve("open.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            return work.run();
        } finally {
            IN_THIS_JVM.unlock();
        }
    }
}
