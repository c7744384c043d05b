package com.arbitra.app;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * A program that opens a workspace's database the plain way (no mixed mode), so that no one else
 * can share it, and holds it until its standard input closes.
 */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + args[0] + "/arbitra", "arbitra",
                com.arbitra.store.DatabaseKey.of(java.nio.file.Path.of(args[0])))) {
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }
}
