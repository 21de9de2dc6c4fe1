package org.bigvdm.service.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.bigvdm.files.AtomicFiles;

/**
 * The journal's files: {@code journal-YYYY-MM.jsonl} in one folder, one entry per line, months
 * in UTC. Appends only, each entry synced to disc before {@link #append} returns. Blocking: call
 * off the UI thread.
 */
public final class JournalStore {
    private static final String PREFIX = "journal-";
    private static final String SUFFIX = ".jsonl";

    private final Path folder;

    public JournalStore(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    public Path folder() {
        return folder;
    }

    /** The file an entry of that month goes to. */
    public Path fileFor(YearMonth month) {
        return folder.resolve(PREFIX + month + SUFFIX);
    }

    /** Appends one line and syncs it; the folder and file are made readable only by the user. */
    public void append(JournalEntry entry) throws IOException {
        if (!Files.isDirectory(folder)) {
            if (AtomicFiles.posix()) {
                Files.createDirectories(folder,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        }
        Path file = fileFor(YearMonth.from(entry.at().atZone(ZoneOffset.UTC)));
        if (AtomicFiles.posix() && !Files.exists(file)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(AtomicFiles.OWNER_ONLY));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another append made it first
            }
        }
        byte[] bytes = (JournalCodec.line(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /**
     * Appends many entries to their month files with one sync per file at the end: for imports
     * and benchmarks, not for the app's own entries (those go through {@link #append}).
     */
    public void appendAll(java.util.Collection<JournalEntry> entries) throws IOException {
        java.util.Map<YearMonth, StringBuilder> byMonth = new java.util.TreeMap<>();
        for (JournalEntry e : entries) {
            byMonth.computeIfAbsent(YearMonth.from(e.at().atZone(ZoneOffset.UTC)), m -> new StringBuilder())
                    .append(JournalCodec.line(e)).append('\n');
        }
        Files.createDirectories(folder);
        for (var month : byMonth.entrySet()) {
            try (FileChannel channel = FileChannel.open(fileFor(month.getKey()), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(month.getValue().toString().getBytes(StandardCharsets.UTF_8));
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        }
    }

    /** The month files, oldest first. */
    public List<Path> files() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(PREFIX) && n.endsWith(SUFFIX);
            }).sorted().toList();
        }
    }

    /**
     * Every line, newest first, each parsed only when asked for. Lines that cannot be entries
     * (cut off by a crash, edited by hand) are left out and counted.
     */
    public JournalRead read() throws IOException {
        List<JournalLine> lines = new ArrayList<>();
        int damaged = 0;
        List<String> damagedFiles = new ArrayList<>();
        List<Path> files = new ArrayList<>(files());
        Collections.reverse(files);
        for (Path file : files) {
            JournalRead month = read(file);
            lines.addAll(month.lines());
            damaged += month.damaged();
            damagedFiles.addAll(month.damagedFiles());
        }
        return new JournalRead(lines, damaged, damagedFiles);
    }

    /** One month file's lines, newest first, as {@link #read()} reads them. */
    public JournalRead read(Path file) throws IOException {
        List<JournalLine> lines = new ArrayList<>();
        int damaged = 0;
        try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                if (JournalLine.looksWhole(line)) {
                    lines.add(new JournalLine(line));
                } else {
                    damaged++;
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            // not UTF-8 after a crash: count the rest of the file as one damaged line
            damaged++;
        }
        Collections.reverse(lines);
        return new JournalRead(lines, damaged, damaged == 0 ? List.of() : List.of(file.getFileName().toString()));
    }
}
