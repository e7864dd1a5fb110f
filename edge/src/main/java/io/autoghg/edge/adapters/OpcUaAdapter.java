package io.autoghg.edge.adapters;

import io.autoghg.edge.config.GatewayConfig;
import io.autoghg.edge.config.GatewayConfig.OpcUaDevice;
import io.autoghg.edge.config.GatewayConfig.OpcUaMeter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NamespaceTable;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;

/**
 * OPC UA client (Eclipse Milo): reads the meters' Value attributes in one Read service call — with the device
 * clock's node when one is configured, whose DateTime then stamps the readings — security policy None (put the
 * plant network's protection in front). Node ids with {@code nsu=} are resolved against the
 * server's namespace table at each connect, so a server that renumbers its namespaces is still read right.
 */
final class OpcUaAdapter implements DeviceAdapter {

    private final OpcUaDevice device;
    private final DeviceClock deviceClock = new DeviceClock();
    private OpcUaClient client;
    private List<NodeId> nodes;

    OpcUaAdapter(OpcUaDevice device) {
        this.device = device;
    }

    @Override
    public String name() {
        return device.name();
    }

    @Override
    public PollResult poll(Instant ts) {
        List<String> codes = device.meters().stream().map(OpcUaMeter::code).toList();
        List<DataValue> values;
        try {
            connect();
            values = client.readValues(0.0, TimestampsToReturn.Neither, nodes);
        } catch (Exception e) {
            close();
            return PollResult.allBad(codes, "OPC UA " + device.endpoint() + ": " + e.getMessage());
        }
        Instant stamp = ts;
        if (device.clock() != null) {
            DataValue clock = values.get(device.meters().size());
            String problem = clockProblem(clock);
            if (problem != null) {
                return PollResult.allBad(codes, problem);
            }
            stamp = DeviceClock.fromDateTime(((DateTime) clock.getValue().getValue()).getJavaInstant());
            String refusal = deviceClock.refusal(stamp);
            if (refusal != null) {
                return PollResult.allBad(codes, refusal);
            }
        }
        return readings(values, stamp);
    }

    /** Why the clock node's value cannot stamp the poll, or null. */
    private String clockProblem(DataValue clock) {
        Object time = clock.getValue() == null ? null : clock.getValue().getValue();
        if (clock.getStatusCode() != null && !clock.getStatusCode().isGood()) {
            return "device clock " + device.clock().nodeId() + ": status " + clock.getStatusCode();
        }
        if (!(time instanceof DateTime dateTime) || dateTime.isNull() || !dateTime.isValid()) {
            return "device clock " + device.clock().nodeId() + ": not a set DateTime: " + time;
        }
        return null;
    }

    private PollResult readings(List<DataValue> values, Instant ts) {
        List<Reading> readings = new ArrayList<>();
        List<PollResult.BadRead> bad = new ArrayList<>();
        for (int i = 0; i < device.meters().size(); i++) {
            OpcUaMeter meter = device.meters().get(i);
            DataValue dv = values.get(i);
            Object raw = dv.getValue() == null ? null : dv.getValue().getValue();
            if (dv.getStatusCode() != null && !dv.getStatusCode().isGood()) {
                bad.add(new PollResult.BadRead(meter.code(), meter.nodeId() + ": status " + dv.getStatusCode()));
            } else if (!(raw instanceof Number number)) {
                bad.add(new PollResult.BadRead(meter.code(), meter.nodeId() + ": not a number: " + raw));
            } else {
                double value = number.doubleValue() * meter.scale() + meter.offset();
                if (Double.isFinite(value)) {
                    readings.add(new Reading(meter.code(), meter.interval() == null ? ts : GatewayConfig.intervalStart(ts, meter.interval()), value,
                            meter.unit()));
                } else {
                    bad.add(new PollResult.BadRead(meter.code(), "value is not a finite number: " + value));
                }
            }
        }
        return new PollResult(readings, bad);
    }

    private void connect() throws Exception {
        if (client != null) {
            return;
        }
        OpcUaClient created = OpcUaClient.create(device.endpoint(),
                endpoints -> endpoints.stream()
                        .filter(e -> SecurityPolicy.None.getUri().equals(e.getSecurityPolicyUri()))
                        .findFirst(),
                transport -> { },
                config -> config.setRequestTimeout(
                        org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint(device.timeout().toMillis())));
        created.connect();
        try {
            NamespaceTable namespaces = created.readNamespaceTable();
            List<NodeId> resolved = new ArrayList<>();
            for (OpcUaMeter meter : device.meters()) {
                resolved.add(resolve(meter.nodeId(), namespaces));
            }
            if (device.clock() != null) {
                resolved.add(resolve(device.clock().nodeId(), namespaces));
            }
            nodes = resolved;
            client = created;
        } catch (Exception e) {
            created.disconnect();
            throw e;
        }
    }

    private static NodeId resolve(String nodeId, NamespaceTable namespaces) {
        if (nodeId.startsWith("nsu=")) {
            Optional<NodeId> id = ExpandedNodeId.parse(nodeId).toNodeId(namespaces);
            return id.orElseThrow(() -> new IllegalStateException("the server has no namespace of " + nodeId));
        }
        return NodeId.parse(nodeId);
    }

    @Override
    public void close() {
        if (client != null) {
            try {
                client.disconnect();
            } catch (Exception ignored) {
                // the connection is gone either way
            }
            client = null;
        }
    }
}
