package cn.aiigd.pool.common.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Files in a local (or mounted shared) folder, under random names grouped by month. */
@Component
class LocalFolderStorage implements FileStorage {

    private static final Pattern KEY = Pattern.compile("^\\d{4}-\\d{2}/[0-9a-f-]{36}$");

    private final Path root;

    private final java.time.Clock clock;

    LocalFolderStorage(@Value("${pool.files.dir:data/files}") String dir, java.time.Clock clock) throws IOException {
        this.clock = clock;
        this.root = Path.of(dir).toAbsolutePath().normalize();
        Files.createDirectories(root);
    }

    @Override
    public String put(byte[] content) throws IOException {
        String key = LocalDate.now(clock).toString().substring(0, 7) + "/" + UUID.randomUUID();
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
        Files.write(tmp, content);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    /** Keys come from our own database, but a malformed one must still never escape the folder. */
    private Path resolve(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return root.resolve(key);
    }
}
