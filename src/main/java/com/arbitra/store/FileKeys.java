package com.arbitra.store;

import com.arbitra.domain.Passwords;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An encrypted workspace's file key. The database file (and so every backup of it) is encrypted by
 * H2 with AES under a random key of 32 bytes; {@code workspace.keys} keeps that key only wrapped:
 * once per operator (AES-GCM under PBKDF2-HMAC-SHA256 of their password, 600,000 iterations) and once
 * under the recovery key shown at creation. A process unlocks a workspace once, with an operator's
 * name and password or the recovery key, and keeps the file key in memory only.
 */
public final class FileKeys {

    public static final String FILE = "workspace.keys";
    static final String FORMAT = "1";
    static final String RECOVERY = "recovery";
    private static final String OPERATOR = "operator.";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The unlocked file keys of this process, by workspace id (a backup's copy has its workspace's id). */
    private static final Map<String, String> UNLOCKED = new ConcurrentHashMap<>();
    private static volatile BiFunction<Path, String, Credentials> prompt;

    /**
     * Who unlocks a workspace: an operator and their password, or (operator null) the recovery key.
     */
    public record Credentials(String operator, char[] secret) {
    }

    private FileKeys() {
    }

    /**
     * How to ask who unlocks an encrypted workspace that this process has not unlocked yet: {@code ask}
     * is given the folder and the reason the last answer was refused (null at first), and answers null
     * when nobody is there to answer (the workspace then stays closed).
     */
    public static void signInWith(BiFunction<Path, String, Credentials> ask) {
        prompt = ask;
    }

    /** Forgets every file key this process unlocked (a command line starts as a new process would). */
    public static void forgetAll() {
        UNLOCKED.clear();
    }

    public static boolean encrypted(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    /**
     * Makes {@code dir}'s key file for a new encrypted workspace (the database is made by the next
     * open) and returns the recovery key, which exists nowhere else. Refused when the folder has one.
     */
    public static String create(Path dir) throws IOException {
        if (encrypted(dir)) {
            throw new IOException("the folder already holds " + FILE);
        }
        Files.createDirectories(dir);
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String recovery = recoveryKey();
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        String id = HexFormat.of().formatHex(random(16));
        p.setProperty("id", id);
        p.setProperty(RECOVERY, wrap(key, recovery.replace("-", "").toCharArray(), id, RECOVERY));
        store(dir, p);
        UNLOCKED.put(id, HexFormat.of().formatHex(key));
        return recovery;
    }

    /** Unlocks the workspace for this process; refused with a sentence when the secret does not open it. */
    public static void unlock(Path dir, Credentials who) throws WorkspaceException {
        Properties p = read(dir);
        String entry = who.operator() == null ? RECOVERY : OPERATOR + who.operator().strip();
        String wrapped = p.getProperty(entry);
        char[] secret = who.operator() == null ? normalisedRecovery(who.secret()) : who.secret();
        byte[] key = wrapped == null ? null : unwrap(wrapped, secret, id(p, dir), entry);
        if (key == null) {
            throw new WorkspaceException(who.operator() == null ? "The recovery key does not open the encrypted "
                    + "workspace " + dir + "."
                    : "Wrong operator name or password for the encrypted workspace " + dir + ".");
        }
        UNLOCKED.put(id(p, dir), HexFormat.of().formatHex(key));
    }

    /** Whether this process has unlocked the workspace. */
    public static boolean unlocked(Path dir) throws WorkspaceException {
        return UNLOCKED.containsKey(id(read(dir), dir));
    }

    /**
     * The file key, for the database's URL: unlocked before, or now through the prompt (asked again
     * after a wrong answer, up to five times). Refused when nobody answers.
     */
    static String fileKey(Path dir) throws WorkspaceException {
        String id = id(read(dir), dir);
        String refused = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            String key = UNLOCKED.get(id);
            if (key != null) {
                return key;
            }
            BiFunction<Path, String, Credentials> ask = prompt;
            Credentials who = ask == null ? null : ask.apply(dir, refused);
            if (who == null) {
                break;
            }
            try {
                unlock(dir, who);
            } catch (WorkspaceException e) {
                refused = e.getMessage();
            } finally {
                Arrays.fill(who.secret(), '\0');
            }
        }
        String key = UNLOCKED.get(id);
        if (key != null) {
            return key;
        }
        throw new WorkspaceException(refused != null ? refused + " Nothing was opened."
                : "The workspace " + dir + " is encrypted: sign in as one of its operators to open it (on the "
                        + "command line ARBITRA_OPERATOR, or --operator, with ARBITRA_PASSWORD or the password typed "
                        + "at the prompt; or ARBITRA_RECOVERY_KEY). Nothing was opened.");
    }

    /**
     * Wraps the unlocked file key for an operator under their (new) password, replacing any earlier
     * wrapping of theirs: adding an operator and changing a password both come here.
     */
    static void wrapFor(Path dir, String operator, char[] password) {
        try {
            Properties p = read(dir);
            String id = id(p, dir);
            String key = UNLOCKED.get(id);
            if (key == null) {
                throw new StoreException("The encrypted workspace " + dir + " is not unlocked in this process", null);
            }
            p.setProperty(OPERATOR + operator, wrap(HexFormat.of().parseHex(key), password, id, OPERATOR + operator));
            store(dir, p);
        } catch (IOException | WorkspaceException e) {
            throw new StoreException("The key file of " + dir + " cannot be written: " + e.getMessage(), e);
        }
    }

    /** The key file's bytes, for a backup (null when the workspace is not encrypted). */
    static byte[] bytes(Path dir) throws IOException {
        return encrypted(dir) ? Files.readAllBytes(dir.resolve(FILE)) : null;
    }

    /** Writes a backup's key file into a folder being restored, after checking that it is one. */
    static void restore(byte[] bytes, Path dir) throws IOException {
        Properties p = new Properties();
        p.load(new java.io.ByteArrayInputStream(bytes));
        if (!FORMAT.equals(p.getProperty("format")) || p.getProperty("id") == null || p.getProperty(RECOVERY) == null) {
            throw new IOException("its " + FILE + " is damaged");
        }
        AtomicFiles.write(dir.resolve(FILE), os -> os.write(bytes));
    }

    /**
     * H2's URL options for the workspace's database: AES file encryption when it is encrypted, with a
     * 64 MB page cache (every page read from the file is decrypted: at 50,000 cases the search's p95 was
     * 467-487 ms with H2's default cache and 246-294 ms with this one; plain, 183-198 ms).
     */
    static String urlOptions(Path dir) {
        return encrypted(dir) ? ";CIPHER=AES;CACHE_SIZE=65536" : "";
    }

    /** The database password H2 wants: the file key, a space, then the user's password, when encrypted. */
    static String password(Path dir, String userPassword) throws WorkspaceException {
        return encrypted(dir) ? fileKey(dir) + " " + userPassword : userPassword;
    }

    private static String id(Properties p, Path dir) throws WorkspaceException {
        String id = p.getProperty("id");
        if (id == null || !FORMAT.equals(p.getProperty("format"))) {
            throw new WorkspaceException("The key file " + dir.resolve(FILE) + " is damaged or of a newer version; "
                    + "the workspace cannot be opened without it. Restore it from a backup.");
        }
        return id;
    }

    private static Properties read(Path dir) throws WorkspaceException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve(FILE))) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new WorkspaceException("The key file " + dir.resolve(FILE) + " cannot be read: " + e.getMessage(), e);
        }
        return p;
    }

    private static void store(Path dir, Properties p) throws IOException {
        // sorted, so that the file changes only where a wrapping did
        Map<String, String> sorted = new TreeMap<>();
        p.forEach((k, v) -> sorted.put((String) k, (String) v));
        StringBuilder text = new StringBuilder("# Arbitra: this workspace's file key, wrapped per operator. "
                + "Without this file the database cannot be opened.\n");
        sorted.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        AtomicFiles.write(dir.resolve(FILE), os -> os.write(text.toString().getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** {@code ITERATIONS:SALT:IV:CIPHERTEXT}, base64; the entry's name and the workspace id are authenticated. */
    private static String wrap(byte[] key, char[] secret, String id, String entry) {
        byte[] salt = random(16);
        byte[] iv = random(12);
        int rounds = Passwords.OWASP_ITERATIONS;
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, secret, salt, rounds, iv, id, entry);
            Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
            return rounds + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(iv) + ":"
                    + b64.encodeToString(c.doFinal(key));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The key, or null when the secret is wrong (or the wrapping damaged). */
    private static byte[] unwrap(String wrapped, char[] secret, String id, String entry) {
        String[] parts = wrapped.split(":");
        if (parts.length != 4) {
            return null;
        }
        try {
            int rounds = Integer.parseInt(parts[0]);
            Base64.Decoder b64 = Base64.getDecoder();
            if (rounds < 1) {
                return null;
            }
            Cipher c = cipher(Cipher.DECRYPT_MODE, secret, b64.decode(parts[1]), rounds, b64.decode(parts[2]), id, entry);
            return c.doFinal(b64.decode(parts[3]));
        } catch (AEADBadTagException | IllegalArgumentException wrong) {
            return null;
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    private static Cipher cipher(int mode, char[] secret, byte[] salt, int rounds, byte[] iv, String id, String entry)
            throws GeneralSecurityException {
        byte[] kek = Passwords.derive(secret, salt, rounds);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, iv));
            c.updateAAD(("arbitra-file-key:" + id + ":" + entry).getBytes(StandardCharsets.UTF_8));
            return c;
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** 25 characters of Crockford's base32 (125 bits) in groups of five: {@code 7KQ2M-…}. */
    private static String recoveryKey() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            if (i > 0 && i % 5 == 0) {
                out.append('-');
            }
            out.append(alphabet.charAt(RANDOM.nextInt(32)));
        }
        return out.toString();
    }

    /** The recovery key as typed: dashes and spaces dropped, upper case, the look-alikes O, I and L read as digits. */
    private static char[] normalisedRecovery(char[] typed) {
        StringBuilder out = new StringBuilder();
        for (char ch : typed) {
            char u = Character.toUpperCase(ch);
            if (u == '-' || Character.isWhitespace(u)) {
                continue;
            }
            out.append(u == 'O' ? '0' : u == 'I' || u == 'L' ? '1' : u);
        }
        char[] result = new char[out.length()];
        out.getChars(0, out.length(), result, 0);
        return result;
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
