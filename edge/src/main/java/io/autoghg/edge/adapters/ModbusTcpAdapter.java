package io.autoghg.edge.adapters;

import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.Register;
import io.autoghg.edge.config.GatewayConfig;
import io.autoghg.edge.config.GatewayConfig.ModbusClock;
import io.autoghg.edge.config.GatewayConfig.ModbusDevice;
import io.autoghg.edge.config.GatewayConfig.ModbusMeter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Modbus TCP master (j2mod): each meter's holding registers with function 3, decoded and scaled. With a
 * device clock, the clock and all meters are read in one request when they lie within 125 registers, so
 * the time and the values belong to the same instant; otherwise (or when the device refuses such a read)
 * the clock is read first and then each meter.
 */
final class ModbusTcpAdapter implements DeviceAdapter {

    /** The most holding registers one Read Holding Registers request may ask for (Modbus specification). */
    static final int MAX_REGISTERS = 125;
    private static final int ILLEGAL_DATA_ADDRESS = 2;
    private static final int ILLEGAL_DATA_VALUE = 3;
    private static final Logger log = LoggerFactory.getLogger(ModbusTcpAdapter.class);

    private final ModbusDevice device;
    private final DeviceClock deviceClock = new DeviceClock();
    private ModbusTCPMaster master;
    private boolean blockReadRefused;

    ModbusTcpAdapter(ModbusDevice device) {
        this.device = device;
    }

    @Override
    public String name() {
        return device.name();
    }

    @Override
    public PollResult poll(Instant ts) {
        List<String> codes = device.meters().stream().map(ModbusMeter::code).toList();
        try {
            connect();
        } catch (Exception e) {
            close();
            return PollResult.allBad(codes, "cannot connect to " + device.host() + ":" + device.port() + ": " + e.getMessage());
        }
        Registers registers = this::read;
        ModbusClock clock = device.clock();
        if (clock == null) {
            return readMeters(registers, ts);
        }
        try {
            registers = snapshotIfPossible();
        } catch (Exception e) {
            dropIfDisconnected();
            return PollResult.allBad(codes, "registers " + first() + "–" + (last() - 1) + " (clock and meters): " + e.getMessage());
        }
        Instant deviceTime;
        try {
            deviceTime = DeviceClock.fromEpochSeconds(
                    RegisterDecoder.decode(registers.words(clock.register(), clock.dataType().registers()), clock.dataType(),
                            clock.wordOrder()));
        } catch (Exception e) {
            dropIfDisconnected();
            return PollResult.allBad(codes, "device clock at register " + clock.register() + ": " + e.getMessage());
        }
        String refusal = deviceClock.refusal(deviceTime);
        return refusal != null ? PollResult.allBad(codes, refusal) : readMeters(registers, deviceTime);
    }

    /** One read of the clock and every meter when they fit in one request and the device allows it; else live reads. */
    private Registers snapshotIfPossible() throws Exception {
        int first = first();
        int count = last() - first;
        if (blockReadRefused || count > MAX_REGISTERS) {
            return this::read;
        }
        int[] block;
        try {
            block = read(first, count);
        } catch (ModbusSlaveException e) {
            // exception 2 (illegal data address) for a gap the device does not map, 3 (illegal data value) for a
            // device that takes fewer registers a request; anything else (e.g. busy) is a failed poll, not a refusal
            if (e.getType() != ILLEGAL_DATA_ADDRESS && e.getType() != ILLEGAL_DATA_VALUE) {
                throw e;
            }
            blockReadRefused = true;
            log.warn("event=modbus-block-read-refused device={} registers={}+{} error=\"{}\" then=one-read-per-meter",
                    device.name(), first, count, e.getMessage());
            return this::read;
        }
        if (block.length != count) {
            throw new IllegalStateException("asked for " + count + " registers, got " + block.length);
        }
        return (start, n) -> Arrays.copyOfRange(block, start - first, start - first + n);
    }

    private PollResult readMeters(Registers registers, Instant ts) {
        List<Reading> readings = new ArrayList<>();
        List<PollResult.BadRead> bad = new ArrayList<>();
        for (ModbusMeter meter : device.meters()) {
            if (master == null) {
                bad.add(new PollResult.BadRead(meter.code(), "connection lost"));
                continue;
            }
            try {
                double value = RegisterDecoder.decode(registers.words(meter.register(), meter.dataType().registers()),
                        meter.dataType(), meter.wordOrder()) * meter.scale() + meter.offset();
                if (Double.isFinite(value)) {
                    readings.add(new Reading(meter.code(), meter.interval() == null ? ts : GatewayConfig.intervalStart(ts, meter.interval()), value,
                            meter.unit()));
                } else {
                    bad.add(new PollResult.BadRead(meter.code(), "value is not a finite number: " + value));
                }
            } catch (Exception e) {
                bad.add(new PollResult.BadRead(meter.code(), "register " + meter.register() + ": " + e.getMessage()));
                dropIfDisconnected();
            }
        }
        return new PollResult(readings, bad);
    }

    /** The lowest register of the clock and the meters. */
    private int first() {
        int first = device.clock().register();
        for (ModbusMeter meter : device.meters()) {
            first = Math.min(first, meter.register());
        }
        return first;
    }

    /** One past the highest register of the clock and the meters. */
    private int last() {
        ModbusClock clock = device.clock();
        int last = clock.register() + clock.dataType().registers();
        for (ModbusMeter meter : device.meters()) {
            last = Math.max(last, meter.register() + meter.dataType().registers());
        }
        return last;
    }

    private int[] read(int first, int count) throws Exception {
        Register[] registers = master.readMultipleRegisters(device.unitId(), first, count);
        int[] words = new int[registers.length];
        for (int i = 0; i < registers.length; i++) {
            words[i] = registers[i].toUnsignedShort();
        }
        return words;
    }

    private void connect() throws Exception {
        if (master != null && master.isConnected()) {
            return;
        }
        master = new ModbusTCPMaster(device.host(), device.port(), (int) device.timeout().toMillis(), true);
        master.connect();
    }

    private void dropIfDisconnected() {
        if (master != null && !master.isConnected()) {
            close();
        }
    }

    @Override
    public void close() {
        if (master != null) {
            master.disconnect();
            master = null;
        }
    }

    /** Register words from the device, live or from one snapshot read. */
    @FunctionalInterface
    private interface Registers {
        int[] words(int first, int count) throws Exception;
    }
}
