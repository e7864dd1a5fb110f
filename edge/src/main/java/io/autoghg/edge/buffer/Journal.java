package io.autoghg.edge.buffer;

import io.autoghg.edge.adapters.Reading;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The store-and-forward buffer: an append-only file of readings ({@code readings.journal}, one line
 * {@code meter TAB ts TAB value TAB unit} each) and the byte offset up to which the platform has acknowledged
 * them ({@code acked.offset}). {@link #append} forces the journal to disk before it returns; {@link #acknowledge}
 * replaces the offset file atomically (write, force, rename). After a crash the journal is read again from the
 * acknowledged offset: nothing appended is lost, at most the last unacknowledged batch is sent twice.
 * When everything is acknowledged the journal is emptied (truncate first, then offset 0; an offset beyond the
 * journal's end, left by a crash in between, means 0).
 */
public final class Journal implements AutoCloseable {

    static final String JOURNAL = "readings.journal";
    static final String OFFSET = "acked.offset";
    private static final int CHUNK = 64 * 1024;

    private final Path dir;
    private final FileChannel channel;
    private final long compactAbove;
    private long acked;

    /** A run of journal lines and the offset just after the last of them. */
    public record Batch(List<Reading> readings, long start, long end) {
        public boolean isEmpty() {
            return readings.isEmpty();
        }
    }

    public Journal(Path dir) {
        this(dir, 16L * 1024 * 1024);
    }

    /** @param compactAbove empty the journal once everything is acknowledged and it is larger than this */
    public Journal(Path dir, long compactAbove) {
        this.dir = dir;
        this.compactAbove = compactAbove;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(JOURNAL), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            dropTornTail();
            acked = readOffset();
            if (acked > channel.size()) {
                acked = 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the buffer in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Appends the readings and forces them to disk; when it returns they survive a crash. */
    public synchronized void append(List<Reading> readings) {
        if (readings.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(readings.size() * 48);
        for (Reading r : readings) {
            text.append(r.meter()).append('\t').append(r.ts()).append('\t').append(r.value()).append('\t')
                    .append(r.unit()).append('\n');
        }
        ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        try {
            long position = channel.size();
            while (bytes.hasRemaining()) {
                position += channel.write(bytes, position);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the buffer in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Up to {@code max} readings after the acknowledged offset, in the order they were appended. */
    public synchronized Batch next(int max) {
        try {
            List<Reading> readings = new ArrayList<>();
            long position = acked;
            long size = channel.size();
            ByteArrayOutputStream line = new ByteArrayOutputStream(64);
            long lineEnd = acked;
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            while (readings.size() < max && position < size) {
                buffer.clear();
                int n = channel.read(buffer, position);
                if (n <= 0) {
                    break;
                }
                for (int i = 0; i < n && readings.size() < max; i++) {
                    byte b = buffer.get(i);
                    if (b == '\n') {
                        readings.add(parse(line.toString(StandardCharsets.UTF_8)));
                        line.reset();
                        lineEnd = position + i + 1;
                    } else {
                        line.write(b);
                    }
                }
                position += n;
            }
            return new Batch(readings, acked, lineEnd);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the buffer in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Records that the platform has everything up to {@code end} (a batch's end). */
    public synchronized void acknowledge(long end) {
        if (end < acked) {
            throw new IllegalArgumentException("acknowledged offset cannot go back: " + end + " < " + acked);
        }
        try {
            if (end == channel.size() && end > compactAbove) {
                channel.truncate(0);
                channel.force(true);
                end = 0;
            }
            writeOffset(end);
            acked = end;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the acknowledged offset in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Bytes appended but not yet acknowledged. */
    public synchronized long pendingBytes() {
        try {
            return channel.size() - acked;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized long acknowledgedOffset() {
        return acked;
    }

    private static Reading parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
            throw new IllegalStateException("damaged buffer line: " + line);
        }
        return new Reading(f[0], Instant.parse(f[1]), Double.parseDouble(f[2]), f[3]);
    }

    /** A crash in the middle of an append can leave a last line without its newline: cut it off. */
    private void dropTornTail() throws IOException {
        long size = channel.size();
        long keep = size;
        ByteBuffer one = ByteBuffer.allocate(1);
        while (keep > 0) {
            one.clear();
            channel.read(one, keep - 1);
            if (one.get(0) == '\n') {
                break;
            }
            keep--;
        }
        if (keep < size) {
            channel.truncate(keep);
            channel.force(true);
        }
    }

    private long readOffset() throws IOException {
        Path file = dir.resolve(OFFSET);
        if (!Files.exists(file)) {
            return 0;
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        return text.isEmpty() ? 0 : Long.parseLong(text);
    }

    private void writeOffset(long offset) throws IOException {
        Path tmp = dir.resolve(OFFSET + ".tmp");
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(Long.toString(offset).getBytes(StandardCharsets.US_ASCII)));
            out.force(true);
        }
        Files.move(tmp, dir.resolve(OFFSET), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
