package io.autoghg.edge.adapters;

import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.Register;
import io.autoghg.edge.config.GatewayConfig.ModbusDevice;
import io.autoghg.edge.config.GatewayConfig.ModbusMeter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Modbus TCP master (j2mod): each meter's holding registers with function 3, decoded and scaled. */
final class ModbusTcpAdapter implements DeviceAdapter {

    private final ModbusDevice device;
    private ModbusTCPMaster master;

    ModbusTcpAdapter(ModbusDevice device) {
        this.device = device;
    }

    @Override
    public String name() {
        return device.name();
    }

    @Override
    public PollResult poll(Instant ts) {
        try {
            connect();
        } catch (Exception e) {
            close();
            return PollResult.allBad(device.meters().stream().map(ModbusMeter::code).toList(),
                    "cannot connect to " + device.host() + ":" + device.port() + ": " + e.getMessage());
        }
        List<Reading> readings = new ArrayList<>();
        List<PollResult.BadRead> bad = new ArrayList<>();
        for (ModbusMeter meter : device.meters()) {
            if (master == null) {
                bad.add(new PollResult.BadRead(meter.code(), "connection lost"));
                continue;
            }
            try {
                double value = read(meter);
                if (Double.isFinite(value)) {
                    readings.add(new Reading(meter.code(), ts, value, meter.unit()));
                } else {
                    bad.add(new PollResult.BadRead(meter.code(), "value is not a finite number: " + value));
                }
            } catch (Exception e) {
                bad.add(new PollResult.BadRead(meter.code(), "register " + meter.register() + ": " + e.getMessage()));
                if (!master.isConnected()) {
                    close();
                }
            }
        }
        return new PollResult(readings, bad);
    }

    private double read(ModbusMeter meter) throws Exception {
        Register[] registers = master.readMultipleRegisters(device.unitId(), meter.register(), meter.dataType().registers());
        int[] words = new int[registers.length];
        for (int i = 0; i < registers.length; i++) {
            words[i] = registers[i].toUnsignedShort();
        }
        return RegisterDecoder.decode(words, meter.dataType(), meter.wordOrder()) * meter.scale() + meter.offset();
    }

    private void connect() throws Exception {
        if (master != null && master.isConnected()) {
            return;
        }
        master = new ModbusTCPMaster(device.host(), device.port(), (int) device.timeout().toMillis(), true);
        master.connect();
    }

    @Override
    public void close() {
        if (master != null) {
            master.disconnect();
            master = null;
        }
    }
}
