package com.arbitra.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the command line prints goes through here: a character that could steer the terminal instead
 * of showing (C0 and C1 controls but line feed and tab: ESC starts the sequences that clear the screen,
 * set the window's title or move the cursor to fake a line; and the bidirectional overrides and
 * isolates that reorder what follows) is written as its escape, {@code \u001b}. A merchant's name from
 * a bundle is text to read, never instructions for the terminal. The escape is the JSON one, so
 * {@code --json} output (where only strings can hold such characters) means the same afterwards.
 */
final class TerminalText extends FilterWriter {

    private TerminalText(Writer out) {
        super(out);
    }

    static PrintWriter guarded(PrintWriter out) {
        return new PrintWriter(new TerminalText(out), true);
    }

    /** Whether the character is written as its escape rather than itself. */
    static boolean steers(char c) {
        return com.arbitra.domain.VisibleText.steers(c, false);
    }

    @Override
    public void write(int c) throws IOException {
        if (steers((char) c)) {
            out.write(String.format("\\u%04x", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (steers(chars[i])) {
                out.write(chars, start, i - start);
                write(chars[i]);
                start = i + 1;
            }
        }
        out.write(chars, start, off + len - start);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write(s.toCharArray(), off, len);
    }
}
