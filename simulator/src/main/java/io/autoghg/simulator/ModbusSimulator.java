package io.autoghg.simulator;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.procimg.IllegalAddressException;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import java.net.InetAddress;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A Modbus TCP slave (j2mod) on 127.0.0.1 serving the plant model through the {@link RegisterMap}.
 * Every read computes the registers it asks for at one simulated instant, so the four words of a value
 * and the clock read with it always belong together. Writes are refused.
 */
public final class ModbusSimulator implements AutoCloseable {
    private static final int POOL_SIZE = 8;

    private final ModbusSlave slave;
    private final int port;

    private ModbusSimulator(ModbusSlave slave, int port) {
        this.slave = slave;
        this.port = port;
    }

    /** Starts the slave on 127.0.0.1 and the port (0: a free one). */
    public static ModbusSimulator start(PlantModel model, SimulatedClock clock, int port) throws ModbusException {
        int bound = port == 0 ? FreePort.find() : port;
        ModbusSlave slave = ModbusSlaveFactory.createTCPSlave(InetAddress.getLoopbackAddress(), bound, POOL_SIZE, false);
        slave.addProcessImage(RegisterMap.UNIT_ID, new LiveImage(model, clock));
        try {
            slave.open();
        } catch (ModbusException | RuntimeException e) {
            ModbusSlaveFactory.close(slave);
            throw e;
        }
        return new ModbusSimulator(slave, bound);
    }

    public int port() {
        return port;
    }

    public String url() {
        return "modbus-tcp://127.0.0.1:" + port + "?unit=" + RegisterMap.UNIT_ID;
    }

    @Override
    public void close() {
        ModbusSlaveFactory.close(slave);
    }

    /** A register that refuses writes once built (answered with exception 2, illegal data address). */
    private static final class ReadOnlyRegister extends SimpleRegister {
        private final boolean built;

        ReadOnlyRegister(int value) {
            super(value); // sets the value through setValue while `built` is still false
            built = true;
        }

        @Override
        public void setValue(int value) {
            refuseOnceBuilt();
            super.setValue(value);
        }

        @Override
        public void setValue(short value) {
            refuseOnceBuilt();
            super.setValue(value);
        }

        @Override
        public void setValue(byte[] bytes) {
            refuseOnceBuilt();
            super.setValue(bytes);
        }

        private void refuseOnceBuilt() {
            if (built) {
                throw new IllegalAddressException("the simulator's registers are read-only");
            }
        }
    }

    /** Holding registers computed on each read. */
    private static final class LiveImage extends SimpleProcessImage {
        private final PlantModel model;
        private final SimulatedClock clock;
        private final int size;

        LiveImage(PlantModel model, SimulatedClock clock) {
            super(RegisterMap.UNIT_ID);
            this.model = model;
            this.clock = clock;
            this.size = RegisterMap.size(model.meters().size());
        }

        @Override
        public Register[] getRegisterRange(int offset, int count) {
            if (offset < 0 || count < 1 || offset + count > size) {
                throw new IllegalAddressException("registers " + offset + "+" + count + " outside 0.." + (size - 1));
            }
            Instant at = clock.now();
            Map<Integer, Double> values = new HashMap<>();
            Register[] registers = new Register[count];
            for (int i = 0; i < count; i++) {
                registers[i] = new ReadOnlyRegister(word(offset + i, at, values));
            }
            return registers;
        }

        @Override
        public Register getRegister(int ref) {
            return getRegisterRange(ref, 1)[0];
        }

        @Override
        public int getRegisterCount() {
            return size;
        }

        private int word(int register, Instant at, Map<Integer, Double> values) {
            if (register < RegisterMap.CLOCK_REGISTER + 2) {
                return RegisterMap.clockWord(at.getEpochSecond(), register - RegisterMap.CLOCK_REGISTER);
            }
            if (register < RegisterMap.FIRST_METER_REGISTER) {
                return 0;
            }
            int meter = (register - RegisterMap.FIRST_METER_REGISTER) / RegisterMap.REGISTERS_PER_METER;
            double value = values.computeIfAbsent(meter, m -> model.value(m, at));
            return RegisterMap.valueWord(value, (register - RegisterMap.FIRST_METER_REGISTER) % RegisterMap.REGISTERS_PER_METER);
        }
    }
}
