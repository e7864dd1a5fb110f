package io.autoghg.edge;

import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.slave.ModbusSlave;
import com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * An in-test Modbus TCP slave with the simulator's register contract: unit 1, meter i at holding registers
 * 100+4i..103+4i as float64, big-endian, high word first.
 */
public final class ModbusMeters implements AutoCloseable {

    public static final int UNIT = 1;

    private final SimpleProcessImage image = new SimpleProcessImage(UNIT);
    private final ModbusSlave slave;
    private final int port;

    public ModbusMeters(int meters) throws Exception {
        for (int r = 0; r < 100 + 4 * meters; r++) {
            image.addRegister(new SimpleRegister(0));
        }
        port = freePort();
        slave = ModbusSlaveFactory.createTCPSlave(InetAddress.getLoopbackAddress(), port, 5, false);
        slave.addProcessImage(UNIT, image);
        slave.open();
    }

    public static int register(int meter) {
        return 100 + 4 * meter;
    }

    public int port() {
        return port;
    }

    /** Writes a float64 into meter i's four registers, high word first. */
    public void set(int meter, double value) throws Exception {
        long bits = Double.doubleToLongBits(value);
        for (int w = 0; w < 4; w++) {
            int word = (int) (bits >>> (48 - 16 * w)) & 0xFFFF;
            image.getRegister(register(meter) + w).setValue(word);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        ModbusSlaveFactory.close(slave);
    }
}
