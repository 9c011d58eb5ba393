package org.ozvo.server.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.schema.db.DatabaseSettings;

/**
 * The server's configuration, read once from the environment: database roles
 * ({@link DatabaseSettings}) and the archive layout (authority, public base URL, data
 * directory; {@link ArchiveLayout}).
 */
@ApplicationScoped
public class ServerSettings {

    private final DatabaseSettings database;
    private final ArchiveLayout layout;

    public ServerSettings() {
        this.database = DatabaseSettings.from(System::getenv);
        this.layout = ArchiveLayout.from(System::getenv);
    }

    public DatabaseSettings database() {
        return database;
    }

    public ArchiveLayout layout() {
        return layout;
    }
}
