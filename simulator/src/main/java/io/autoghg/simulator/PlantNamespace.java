package io.autoghg.simulator;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilters;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;

/**
 * The simulator's OPC UA address space: Objects/Plant with a Double variable per meter
 * (ns=urn:autoghg:simulator;s=&lt;meter code&gt;) and the simulated time (s=Clock, DateTime). Values are
 * computed when read, all nodes of one Read call at the same simulated second; their source timestamp is it.
 */
final class PlantNamespace extends ManagedNamespaceWithLifecycle {
    static final String URI = "urn:autoghg:simulator";
    static final String FOLDER = "Plant";
    static final String CLOCK = "Clock";

    private final PlantModel model;
    private final SimulatedClock clock;
    private final SubscriptionModel subscriptions;
    /** The simulated instant of the Read call under way on this thread, so that all its nodes share it. */
    private final ThreadLocal<Instant> readInstant = new ThreadLocal<>();

    PlantNamespace(OpcUaServer server, PlantModel model, SimulatedClock clock) {
        super(server, URI);
        this.model = model;
        this.clock = clock;
        this.subscriptions = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptions);
        getLifecycleManager().addStartupTask(this::addNodes);
    }

    private void addNodes() {
        UaFolderNode folder = new UaFolderNode(getNodeContext(), newNodeId(FOLDER), newQualifiedName(FOLDER),
                LocalizedText.english(FOLDER));
        getNodeManager().addNode(folder);
        folder.addReference(new Reference(folder.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(), false));
        List<SimulatedMeter> meters = model.meters();
        for (int i = 0; i < meters.size(); i++) {
            int index = i;
            addVariable(folder, meters.get(i).code(), NodeIds.Double, () -> {
                Instant at = instant();
                return value(new Variant(model.value(index, at)), at);
            });
        }
        addVariable(folder, CLOCK, NodeIds.DateTime, () -> {
            Instant at = instant();
            return value(new Variant(new DateTime(at)), at);
        });
    }

    /**
     * One simulated instant for all nodes of one Read call (as one Modbus request has), so the clock read with
     * the meters is the time of their values; whole seconds, the model's and the Modbus clock's resolution.
     */
    @Override
    public List<DataValue> read(ReadContext context, Double maxAge, TimestampsToReturn timestamps, List<ReadValueId> ids) {
        readInstant.set(clock.now().truncatedTo(ChronoUnit.SECONDS));
        try {
            return super.read(context, maxAge, timestamps, ids);
        } finally {
            readInstant.remove();
        }
    }

    private Instant instant() {
        Instant during = readInstant.get();
        return during != null ? during : clock.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private void addVariable(UaFolderNode folder, String name, NodeId type, Supplier<DataValue> read) {
        UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(name))
                .setAccessLevel(AccessLevel.READ_ONLY)
                .setUserAccessLevel(AccessLevel.READ_ONLY)
                .setBrowseName(newQualifiedName(name))
                .setDisplayName(LocalizedText.english(name))
                .setDataType(type)
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .build();
        node.setValue(read.get());
        node.getFilterChain().addLast(AttributeFilters.getValue(context -> read.get()));
        getNodeManager().addNode(node);
        folder.addOrganizes(node);
    }

    private static DataValue value(Variant variant, Instant at) {
        return new DataValue(variant, StatusCode.GOOD, new DateTime(at), DateTime.now());
    }

    @Override
    public void onDataItemsCreated(List<DataItem> dataItems) {
        subscriptions.onDataItemsCreated(dataItems);
    }

    @Override
    public void onDataItemsModified(List<DataItem> dataItems) {
        subscriptions.onDataItemsModified(dataItems);
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> dataItems) {
        subscriptions.onDataItemsDeleted(dataItems);
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
        subscriptions.onMonitoringModeChanged(monitoredItems);
    }
}
