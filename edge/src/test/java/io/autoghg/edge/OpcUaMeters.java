package io.autoghg.edge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilters;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;

/**
 * An in-test OPC UA server (Eclipse Milo) with the simulator's node contract: namespace
 * urn:autoghg:simulator, one Double variable s=&lt;meter code&gt; per meter, security None, anonymous.
 */
public final class OpcUaMeters implements AutoCloseable {

    public static final String NAMESPACE = "urn:autoghg:simulator";

    private final Map<String, Double> values = new ConcurrentHashMap<>();
    private final OpcUaServer server;
    private final Meters namespace;
    private final int port;

    public OpcUaMeters(List<String> meters) throws Exception {
        meters.forEach(m -> values.put(m, 0.0));
        port = ModbusMeters.freePort();
        EndpointConfig endpoint = EndpointConfig.newBuilder().setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress("127.0.0.1").setHostname("127.0.0.1").setBindPort(port).setPath("/test")
                .setSecurityPolicy(SecurityPolicy.None).setSecurityMode(MessageSecurityMode.None)
                .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS).build();
        OpcUaServerConfig config = OpcUaServerConfig.builder().setApplicationUri("urn:autoghg:edge:test")
                .setProductUri("urn:autoghg:edge:test").setApplicationName(LocalizedText.english("edge test meters"))
                .setEndpoints(Set.of(endpoint))
                .setCertificateManager(new DefaultCertificateManager(new MemoryCertificateQuarantine(), List.of()))
                .build();
        server = new OpcUaServer(config, profile -> new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build()));
        namespace = new Meters(server, meters);
        namespace.startup();
        server.startup().get(20, TimeUnit.SECONDS);
    }

    public String endpoint() {
        return "opc.tcp://127.0.0.1:" + port + "/test";
    }

    public int namespaceIndex() {
        return namespace.getNamespaceIndex().intValue();
    }

    public void set(String meter, double value) {
        values.put(meter, value);
    }

    @Override
    public void close() throws Exception {
        namespace.shutdown();
        server.shutdown().get(20, TimeUnit.SECONDS);
    }

    private final class Meters extends ManagedNamespaceWithLifecycle {

        Meters(OpcUaServer server, List<String> meters) {
            super(server, NAMESPACE);
            getLifecycleManager().addStartupTask(() -> meters.forEach(this::addMeter));
        }

        private void addMeter(String code) {
            UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext()).setNodeId(newNodeId(code))
                    .setAccessLevel(AccessLevel.READ_ONLY).setUserAccessLevel(AccessLevel.READ_ONLY)
                    .setBrowseName(newQualifiedName(code)).setDisplayName(LocalizedText.english(code))
                    .setDataType(NodeIds.Double).setTypeDefinition(NodeIds.BaseDataVariableType).build();
            node.setValue(new DataValue(new Variant(values.get(code))));
            node.getFilterChain().addLast(AttributeFilters.getValue(context -> new DataValue(new Variant(values.get(code)))));
            getNodeManager().addNode(node);
        }

        @Override
        public void onDataItemsCreated(List<DataItem> dataItems) {
        }

        @Override
        public void onDataItemsModified(List<DataItem> dataItems) {
        }

        @Override
        public void onDataItemsDeleted(List<DataItem> dataItems) {
        }

        @Override
        public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
        }
    }
}
