package db.migration;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves the attachment bytes stored whole in {@code blob.data} into parts of 1 MiB in
 * {@code blob_part}, one attachment at a time; V16 then drops the column.
 */
public class V15__split_blobs extends BaseJavaMigration {

    /** The part size of {@code com.arbitra.store.BlobParts}; this migration must not depend on it. */
    private static final int PART = 1 << 20;

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<String> shas = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sha256 FROM blob")) {
            while (rs.next()) {
                shas.add(rs.getString(1));
            }
        }
        try (PreparedStatement read = c.prepareStatement("SELECT data FROM blob WHERE sha256 = ?");
             PreparedStatement write = c.prepareStatement(
                     "INSERT INTO blob_part (sha256, part, data) VALUES (?, ?, ?)")) {
            for (String sha : shas) {
                read.setString(1, sha);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    try (InputStream in = rs.getBinaryStream(1)) {
                        int part = 0;
                        for (byte[] bytes; (bytes = in.readNBytes(PART)).length > 0; part++) {
                            write.setString(1, sha);
                            write.setInt(2, part);
                            write.setBytes(3, bytes);
                            write.executeUpdate();
                        }
                    }
                }
            }
        }
    }
}
