package io.autoghg.edge;

import io.autoghg.edge.adapters.DeviceAdapter;
import io.autoghg.edge.adapters.PollResult;
import io.autoghg.edge.adapters.Reading;
import io.autoghg.edge.buffer.Journal;
import io.autoghg.edge.buffer.Journal.Batch;
import io.autoghg.edge.config.GatewayConfig;
import io.autoghg.edge.registration.CentralConfigSync;
import io.autoghg.edge.registration.DeviceHealth;
import io.autoghg.edge.registration.GatewayControl;
import io.autoghg.edge.registration.StatusReport;
import io.autoghg.edge.uplink.Uplink;
import io.autoghg.edge.uplink.UplinkException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The edge gateway: one thread polls the devices on schedule and appends every good reading to the journal
 * (forced to disk) before anything is sent; another sends the journal in order, batch by batch, and advances
 * the acknowledged offset only after the platform acknowledged a batch. While the platform is unreachable
 * polling goes on, the journal grows, and the sender retries with a doubling back-off.
 */
public final class Gateway implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Gateway.class);

    // replaced (on the poller thread, between polls) when a central configuration is applied
    private volatile GatewayConfig config;
    private volatile List<DeviceAdapter> devices;
    private volatile ScheduledFuture<?> polling;
    private final CentralConfigSync central;
    private final Map<String, DeviceHealth> health = new ConcurrentHashMap<>();
    private volatile String lastSendError;
    private final Journal journal;
    private final Uplink uplink;
    private final ScheduledExecutorService poller;
    private final Thread sender;
    private final Object newReadings = new Object();
    private final Stats stats = new Stats();
    private volatile boolean running;
    private Instant lastPoll = Instant.EPOCH;

    /** Counters since start, for logs and tests. */
    public static final class Stats {
        final AtomicLong polled = new AtomicLong();
        final AtomicLong bad = new AtomicLong();
        final AtomicLong sent = new AtomicLong();
        final AtomicLong sendFailures = new AtomicLong();

        public long polled() {
            return polled.get();
        }

        public long bad() {
            return bad.get();
        }

        public long sent() {
            return sent.get();
        }

        public long sendFailures() {
            return sendFailures.get();
        }
    }

    public Gateway(GatewayConfig config) {
        this(config, Uplink.of(config));
    }

    Gateway(GatewayConfig config, Uplink uplink) {
        this.config = config;
        this.uplink = uplink;
        this.journal = new Journal(config.bufferDir());
        this.devices = config.devices().stream().map(DeviceAdapter::of).toList();
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "edge-poller"));
        this.sender = new Thread(this::sendLoop, "edge-sender");
        this.central = config.registration().enabled() ? new CentralConfigSync(new Control(), config) : null;
    }

    public synchronized void start() {
        running = true;
        if (central != null) {
            central.start(); // registers and applies the central configuration before the first poll
            awaitPoller();
        }
        log.info("event=gateway-started gateway={} plant={} transport={} devices={} pollInterval={} buffered={}B",
                config.gateway(), config.plant(), config.transport(), devices.size(), config.pollInterval(),
                journal.pendingBytes());
        sender.start();
        polling = poller.scheduleAtFixedRate(this::pollSafely, 0, config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits until what was handed to the poller (a configuration to apply) has run. */
    private void awaitPoller() {
        try {
            poller.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The registration client's view of this gateway (docs/edge-gateway.md §6). */
    private final class Control implements GatewayControl {
        @Override
        public void apply(GatewayConfig next, int version) {
            try {
                poller.execute(() -> swap(next));
            } catch (RejectedExecutionException e) {
                log.info("event=config-ignored gateway={} version={} reason=\"gateway stopping\"", next.gateway(), version);
            }
        }

        @Override
        public StatusReport status() {
            List<DeviceHealth> devices = Gateway.this.devices.stream()
                    .map(d -> health.getOrDefault(d.name(), new DeviceHealth(d.name(), null, null, null))).toList();
            return new StatusReport(central.version(), stats.polled(), stats.bad(), stats.sent(), stats.sendFailures(),
                    pendingOrMinusOne(), lastSendError, devices);
        }
    }

    /** Runs on the poller thread: closes the old device connections and, for a new poll interval, reschedules. */
    private void swap(GatewayConfig next) {
        List<DeviceAdapter> old = devices;
        devices = next.devices().stream().map(DeviceAdapter::of).toList();
        old.forEach(DeviceAdapter::close);
        health.keySet().retainAll(next.devices().stream().map(GatewayConfig.Device::name).toList());
        boolean newInterval = !next.pollInterval().equals(config.pollInterval());
        config = next;
        if (newInterval && polling != null) {
            polling.cancel(false);
            polling = poller.scheduleAtFixedRate(this::pollSafely, next.pollInterval().toMillis(), next.pollInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Stops polling (after the poll under way); sending goes on until {@link #close()}. */
    public void stopPolling() throws InterruptedException {
        poller.shutdown();
        poller.awaitTermination(10, TimeUnit.SECONDS);
    }

    public Stats stats() {
        return stats;
    }

    /** Bytes in the buffer the platform has not acknowledged yet. */
    public long pendingBytes() {
        return journal.pendingBytes();
    }

    private void pollSafely() {
        try {
            pollOnce();
        } catch (RuntimeException e) {
            log.error("event=poll-failed gateway={} error=\"{}\"", config.gateway(), e.getMessage(), e);
        }
    }

    /** Reads every device once and appends the good readings to the journal. */
    void pollOnce() {
        Instant ts = pollInstant();
        if (!ts.isAfter(lastPoll)) {
            return;
        }
        lastPoll = ts;
        List<Reading> readings = new ArrayList<>();
        for (DeviceAdapter device : devices) {
            PollResult result = device.poll(ts);
            readings.addAll(result.readings());
            recordHealth(device.name(), result, ts);
            if (!result.bad().isEmpty()) {
                stats.bad.addAndGet(result.bad().size());
                log.warn("event=read-bad gateway={} device={} ts={} bad={} first=\"{}: {}\"", config.gateway(),
                        device.name(), ts, result.bad().size(), result.bad().get(0).meter(), result.bad().get(0).reason());
            }
        }
        journal.append(readings);
        stats.polled.addAndGet(readings.size());
        synchronized (newReadings) {
            newReadings.notifyAll();
        }
    }

    /** For the status heartbeat: a poll that read every meter, or the device's first problem in this poll. */
    private void recordHealth(String device, PollResult result, Instant ts) {
        DeviceHealth before = health.getOrDefault(device, new DeviceHealth(device, null, null, null));
        health.put(device, result.bad().isEmpty()
                ? new DeviceHealth(device, ts, before.lastError(), before.lastErrorAt())
                : new DeviceHealth(device, before.lastGoodPoll(), result.bad().get(0).meter() + ": " + result.bad().get(0).reason(), ts));
    }

    /** Now in UTC, truncated to the second (to the millisecond for sub-second poll intervals). */
    private Instant pollInstant() {
        ChronoUnit unit = config.pollInterval().compareTo(Duration.ofSeconds(1)) >= 0 ? ChronoUnit.SECONDS : ChronoUnit.MILLIS;
        return Instant.now().truncatedTo(unit);
    }

    private void sendLoop() {
        long backoff = config.retryInitial().toMillis();
        boolean failing = false;
        while (running) {
            try {
                Batch batch = journal.next(config.batchSize());
                if (batch.isEmpty()) {
                    synchronized (newReadings) {
                        if (journal.pendingBytes() == 0) {
                            newReadings.wait(config.pollInterval().toMillis());
                        }
                    }
                    continue;
                }
                try {
                    uplink.send(batch);
                } catch (UplinkException e) {
                    stats.sendFailures.incrementAndGet();
                    lastSendError = e.getMessage();
                    if (!failing) {
                        log.warn("event=uplink-failed gateway={} pending={}B error=\"{}\"", config.gateway(),
                                journal.pendingBytes(), e.getMessage());
                    }
                    failing = true;
                    Thread.sleep(backoff);
                    backoff = Math.min(backoff * 2, config.retryMax().toMillis());
                    continue;
                }
                journal.acknowledge(batch.end());
                stats.sent.addAndGet(batch.readings().size());
                if (failing) {
                    lastSendError = null;
                    log.info("event=uplink-restored gateway={} pending={}B", config.gateway(), journal.pendingBytes());
                }
                failing = false;
                backoff = config.retryInitial().toMillis();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("event=sender-failed gateway={} error=\"{}\"", config.gateway(), e.getMessage(), e);
                sleepQuietly(config.retryMax().toMillis());
            }
        }
    }

    private void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops polling and sending; what is not acknowledged stays in the buffer for the next start. */
    @Override
    public synchronized void close() {
        running = false;
        if (central != null) {
            central.close();
        }
        poller.shutdown();
        try {
            poller.awaitTermination(10, TimeUnit.SECONDS);
            synchronized (newReadings) {
                newReadings.notifyAll();
            }
            sender.join(2_000);
            if (sender.isAlive()) {
                sender.interrupt();
                sender.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        devices.forEach(DeviceAdapter::close);
        uplink.close();
        long pending = pendingOrMinusOne();
        journal.close();
        log.info("event=gateway-stopped gateway={} polled={} bad={} sent={} pending={}B", config.gateway(),
                stats.polled(), stats.bad(), stats.sent(), pending);
    }

    private long pendingOrMinusOne() {
        try {
            return journal.pendingBytes();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
