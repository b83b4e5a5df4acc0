package cn.aiigd.pool.common.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded files live: outside the database, which keeps only their metadata and checksum.
 * The local folder is the default; an object store can take its place behind this interface.
 */
public interface FileStorage {

    /** Stores the bytes under a new key and returns it. */
    String put(byte[] content) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;
}
