package org.bigvdm.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file as a whole or not at all: a temp file in the same directory, written and fsynced,
 * renamed over the target, then the directory fsynced so the rename itself survives a power cut.
 * A crash mid-write leaves the old file, never half a new one. A symlinked target is written
 * through (the link stays, its target gets the content); a target that is a FIFO, a device or a
 * directory is refused rather than opened (opening a FIFO would wait for a reader for ever).
 */
public final class AtomicFiles {
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String TEMP_SUFFIX = ".tmp";
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    /** @param perms POSIX permissions given to the file at creation, or null for the default */
    public static void write(Path target, byte[] content, Set<PosixFilePermission> perms) throws IOException {
        Path real = throughLinks(target);
        requireRegularOrAbsent(real);
        Path dir = real.getParent();
        String prefix = real.getFileName() + ".";
        Path temp = perms != null && posix()
                ? Files.createTempFile(dir, prefix, TEMP_SUFFIX, PosixFilePermissions.asFileAttribute(perms))
                : Files.createTempFile(dir, prefix, TEMP_SUFFIX);
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The file a path names once symlinks are followed; a dangling link gives the path it points to. */
    public static Path throughLinks(Path path) throws IOException {
        Path p = path.toAbsolutePath();
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            Path link = Files.readSymbolicLink(p);
            p = p.getParent().resolve(link).normalize();
        }
        if (Files.isSymbolicLink(p)) {
            throw new IOException(path + " is a loop of symbolic links");
        }
        return p;
    }

    /**
     * Nothing there, or an ordinary file (after symlinks): anything else (a FIFO, a device, a
     * socket, a directory) is refused with an IOException saying what it is.
     */
    public static void requireRegularOrAbsent(Path path) throws IOException {
        Path real = throughLinks(path);
        if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isDirectory()) {
            throw new IOException(path + " is a directory, not a file");
        }
        if (!a.isRegularFile()) {
            throw new IOException(path + " is not an ordinary file (a FIFO, device or socket)");
        }
    }

    /**
     * Deletes temp files a crash left beside the target ({@code <name>.<random>.tmp}, and the
     * older {@code <name><random>.tmp}); returns how many. Call it before the first write,
     * while no other writer can be half way through one.
     */
    public static int deleteStaleTemps(Path target) throws IOException {
        Path real = throughLinks(target);
        Path dir = real.getParent();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        String name = real.getFileName().toString();
        int deleted = 0;
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(dir, name + "*" + TEMP_SUFFIX)) {
            for (Path p : siblings) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !p.equals(real) && Files.deleteIfExists(p)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Makes the rename durable; a file system that cannot sync a directory (Windows) is left as is. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the file itself is already synced
        }
    }
}
