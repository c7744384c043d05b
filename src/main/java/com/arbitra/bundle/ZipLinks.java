package com.arbitra.bundle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds the symbolic links in a ZIP archive. java.util.zip does not show an entry's Unix mode, so
 * this reads the central directory itself: an entry made on Unix whose mode is S_IFLNK is a link.
 */
final class ZipLinks {

    private static final int EOCD = 0x06054b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int UNIX = 3;
    private static final int S_IFMT = 0170000;
    private static final int S_IFLNK = 0120000;

    private ZipLinks() {
    }

    static Set<String> symbolicLinks(Path zip) throws IOException {
        try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 65_557);
            ByteBuffer end = read(ch, size - tail, tail);
            int at = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == EOCD) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                throw new java.util.zip.ZipException("no end of central directory");
            }
            long cdSize = Integer.toUnsignedLong(end.getInt(at + 12));
            long cdOffset = Integer.toUnsignedLong(end.getInt(at + 16));
            if (cdOffset == 0xFFFFFFFFL || cdSize == 0xFFFFFFFFL || cdOffset + cdSize > size) {
                // ZIP64 or damaged: java.util.zip reads such archives; link entries there are not looked for
                return Set.of();
            }
            ByteBuffer cd = read(ch, cdOffset, (int) cdSize);
            Set<String> links = new HashSet<>();
            int p = 0;
            while (p + 46 <= cd.limit() && cd.getInt(p) == CENTRAL) {
                int madeBy = (cd.getShort(p + 4) & 0xFFFF) >>> 8;
                int nameLength = cd.getShort(p + 28) & 0xFFFF;
                int extraLength = cd.getShort(p + 30) & 0xFFFF;
                int commentLength = cd.getShort(p + 32) & 0xFFFF;
                int mode = cd.getInt(p + 38) >>> 16;
                if (p + 46 + nameLength > cd.limit()) {
                    // found by fuzzing: a name longer than the directory that holds it
                    throw new java.util.zip.ZipException("a central directory entry runs past the directory's end");
                }
                if (madeBy == UNIX && (mode & S_IFMT) == S_IFLNK) {
                    byte[] name = new byte[nameLength];
                    cd.get(p + 46, name);
                    links.add(new String(name, StandardCharsets.UTF_8));
                }
                p += 46 + nameLength + extraLength + commentLength;
            }
            return links;
        }
    }

    private static ByteBuffer read(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buf.hasRemaining()) {
            if (ch.read(buf, position + buf.position()) < 0) {
                break;
            }
        }
        buf.flip();
        return buf;
    }
}
