package org.lurewatch.storage.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code faulty:/path}) over the real one that fails writes as a full disk does
 * (IOException "No space left on device", as the JDK words ENOSPC) or reports files read-only: the
 * test suite cannot fill a real disk or, as root, make a file unwritable.
 */
public class FaultyFiles extends FilePathWrapper {

    static final FaultyFiles INSTANCE = new FaultyFiles();
    static volatile boolean diskFull;
    static volatile boolean readOnly;

    static {
        FilePath.register(INSTANCE);
    }

    /** The H2 file name of {@code path} on this file system. */
    static String name(java.nio.file.Path path) {
        return INSTANCE.getScheme() + ":" + path.toAbsolutePath();
    }

    static void reset() {
        diskFull = false;
        readOnly = false;
    }

    @Override
    public String getScheme() {
        return "faulty";
    }

    @Override
    public boolean canWrite() {
        return !readOnly && super.canWrite();
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode));
    }

    private static void check() throws IOException {
        if (diskFull) {
            throw new IOException("No space left on device");
        }
    }

    private static final class Channel extends FileBase {
        private final FileChannel base;

        Channel(FileChannel base) {
            this.base = base;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            check();
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            check();
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            check();
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            check();
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
