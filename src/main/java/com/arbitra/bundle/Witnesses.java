package com.arbitra.bundle;

import com.arbitra.domain.AuditChain;
import com.arbitra.store.Backups;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads what a file once saw of the audit chain: an export (its envelope's {@code auditChain}), a
 * backup (its manifest), or a head saved from {@code arbitra audit head}.
 */
public final class Witnesses {

    /** The envelope member of an export, and the one member of a saved head. */
    public static final String MEMBER = "auditChain";
    private static final JsonFactory JSON = new JsonFactory();
    private static final String WHAT = "a witness is an export, a backup, or what `arbitra audit head` printed";

    /** A file that is no witness; the message says why, naming the member at fault. */
    public static final class NotAWitnessException extends Exception {
        public NotAWitnessException(String message) {
            super(message);
        }
    }

    private Witnesses() {
    }

    /** The text of a saved head: the one line {@code arbitra audit head} prints. */
    public static String saved(com.arbitra.domain.AuditLog.Head head) {
        return "{\"" + MEMBER + "\":{\"seq\":" + head.seq() + ",\"hash\":\"" + head.hash() + "\"}}";
    }

    public static AuditChain.Witness read(Path file) throws NotAWitnessException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new NotAWitnessException(file + " is not a file.");
            }
            if (isZip(file)) {
                return fromZip(file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return fromJson(in, file, "");
            }
        } catch (IOException e) {
            throw new NotAWitnessException(file + " cannot be read (" + e.getMessage() + ").");
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    private static AuditChain.Witness fromZip(Path file) throws IOException, NotAWitnessException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(Backups.MANIFEST) != null) {
                try {
                    return Backups.inspect(file).witness(file);
                } catch (Backups.NotABackupException e) {
                    throw new NotAWitnessException(e.getMessage());
                }
            }
            ZipEntry bundle = zip.getEntry("bundle.json");
            if (bundle == null) {
                throw new NotAWitnessException(file + " is a ZIP file but neither a backup nor an export; " + WHAT + ".");
            }
            try (InputStream in = zip.getInputStream(bundle)) {
                return fromJson(in, file, "bundle.json");
            }
        }
    }

    private static AuditChain.Witness fromJson(InputStream in, Path file, String entry)
            throws IOException, NotAWitnessException {
        String where = entry.isEmpty() ? file.toString() : file + " (" + entry + ")";
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new NotAWitnessException(where + " is not a JSON object; " + WHAT + ".");
            }
            boolean export = false;
            String createdAt = null;
            AuditChain.Witness found = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("format") && value == JsonToken.VALUE_STRING) {
                    export = "case-bundle".equals(p.getText());
                } else if (name.equals("createdAt") && value == JsonToken.VALUE_STRING) {
                    createdAt = p.getText();
                } else if (name.equals(MEMBER)) {
                    found = head(p, where);
                } else {
                    p.skipChildren();
                }
            }
            if (found == null) {
                throw new NotAWitnessException(where + " holds no /" + MEMBER + "; " + WHAT
                        + (export ? " (an export made before witnesses has none)" : "") + ".");
            }
            String source = export ? "the export " + file + (createdAt != null ? " (made " + createdAt + ")" : "")
                    : "the saved head " + file;
            return new AuditChain.Witness(found.seq(), found.hash(), source);
        } catch (JsonProcessingException e) {
            throw new NotAWitnessException(where + " is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "); " + WHAT + ".");
        }
    }

    private static AuditChain.Witness head(JsonParser p, String where) throws IOException, NotAWitnessException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new NotAWitnessException(where + ": /" + MEMBER + " must be an object with seq and hash.");
        }
        Long seq = null;
        String hash = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("seq")) {
                if (value != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                        && p.getNumberType() != JsonParser.NumberType.LONG || p.getLongValue() < 0) {
                    throw new NotAWitnessException(where + ": /" + MEMBER + "/seq must be a whole number, 0 or more.");
                }
                seq = p.getLongValue();
            } else if (name.equals("hash")) {
                if (value != JsonToken.VALUE_STRING || !p.getText().matches("[0-9a-f]{64}")) {
                    throw new NotAWitnessException(where + ": /" + MEMBER + "/hash must be 64 lower-case hex digits "
                            + "(a SHA-256).");
                }
                hash = p.getText();
            } else {
                p.skipChildren();
            }
        }
        if (seq == null || hash == null) {
            throw new NotAWitnessException(where + ": /" + MEMBER + "/" + (seq == null ? "seq" : "hash")
                    + " is missing.");
        }
        return new AuditChain.Witness(seq, hash, where);
    }
}
