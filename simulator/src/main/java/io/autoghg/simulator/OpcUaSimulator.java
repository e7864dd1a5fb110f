package io.autoghg.simulator;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;

/**
 * An OPC UA server (Eclipse Milo) on 127.0.0.1 serving the plant model: one endpoint
 * opc.tcp://127.0.0.1:&lt;port&gt;/autoghg, security policy None, anonymous access, read-only nodes
 * (see {@link PlantNamespace}).
 */
public final class OpcUaSimulator implements AutoCloseable {
    public static final String NAMESPACE_URI = PlantNamespace.URI;
    static final String PATH = "/autoghg";
    private static final String HOST = "127.0.0.1";
    private static final long TIMEOUT_SECONDS = 20;

    private final OpcUaServer server;
    private final PlantNamespace namespace;
    private final int port;

    private OpcUaSimulator(OpcUaServer server, PlantNamespace namespace, int port) {
        this.server = server;
        this.namespace = namespace;
        this.port = port;
    }

    /** Starts the server on 127.0.0.1 and the port (0: a free one). */
    public static OpcUaSimulator start(PlantModel model, SimulatedClock clock, int port) throws Exception {
        int bound = port == 0 ? FreePort.find() : port;
        EndpointConfig endpoint = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress(HOST)
                .setHostname(HOST)
                .setBindPort(bound)
                .setPath(PATH)
                .setSecurityPolicy(SecurityPolicy.None)
                .setSecurityMode(MessageSecurityMode.None)
                .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS)
                .build();
        OpcUaServerConfig config = OpcUaServerConfig.builder()
                .setApplicationUri("urn:autoghg:simulator:server")
                .setProductUri("urn:autoghg:simulator")
                .setApplicationName(LocalizedText.english("AutoGHG plant simulator"))
                .setEndpoints(Set.of(endpoint))
                .setCertificateManager(new DefaultCertificateManager(new MemoryCertificateQuarantine(), List.of()))
                .build();
        OpcUaServer server = new OpcUaServer(config, profile -> {
            if (profile != TransportProfile.TCP_UASC_UABINARY) {
                throw new IllegalArgumentException("unsupported transport " + profile);
            }
            return new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build());
        });
        PlantNamespace namespace = new PlantNamespace(server, model, clock);
        namespace.startup();
        try {
            server.startup().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            namespace.shutdown();
            throw e;
        }
        return new OpcUaSimulator(server, namespace, bound);
    }

    public int port() {
        return port;
    }

    public String endpointUrl() {
        return "opc.tcp://" + HOST + ":" + port + PATH;
    }

    /** The index of the simulator's namespace in this server's namespace table. */
    public int namespaceIndex() {
        return namespace.getNamespaceIndex().intValue();
    }

    @Override
    public void close() throws Exception {
        namespace.shutdown();
        server.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
