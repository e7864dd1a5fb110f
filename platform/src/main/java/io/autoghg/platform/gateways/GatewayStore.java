package io.autoghg.platform.gateways;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables gateway and gateway_config (V14). */
@Repository
class GatewayStore {
    private static final String SELECT = """
            select g.id, g.name, g.registered_at, g.software_version, g.host_name, g.transport, g.local_devices, g.last_seen,
                   g.running_version, g.polled, g.bad, g.sent, g.send_failures, g.pending_bytes, g.last_error, g.devices,
                   c.version, c.changed_at, c.changed_by
            from gateway g left join lateral (
                select version, changed_at, changed_by from gateway_config where gateway_id = g.id order by version desc limit 1) c on true
            """;

    private final JdbcClient jdbc;

    GatewayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A gateway row as stored; devices is the heartbeat's device list as JSON text. */
    record Row(long id, String name, Instant registeredAt, String softwareVersion, String hostName, String transport,
               Integer localDevices, Instant lastSeen, Integer runningVersion, Long polled, Long bad, Long sent, Long sendFailures,
               Long pendingBytes, String lastError, String devices, Integer configVersion, Instant configChangedAt,
               String configChangedBy) {
    }

    /** A saved configuration version. */
    record Saved(int version, String document, Instant changedAt, String changedBy) {
    }

    List<Row> all(long plantId) {
        return jdbc.sql(SELECT + " where g.plant_id = ? order by g.name").param(plantId).query(GatewayStore::row).list();
    }

    Optional<Row> find(long plantId, String name) {
        return jdbc.sql(SELECT + " where g.plant_id = ? and g.name = ?").params(plantId, name).query(GatewayStore::row).optional();
    }

    /** The gateway's id, creating its row when it is new. */
    long idOf(long plantId, String name) {
        jdbc.sql("insert into gateway (plant_id, name) values (?, ?) on conflict (plant_id, name) do nothing").params(plantId, name).update();
        return jdbc.sql("select id from gateway where plant_id = ? and name = ?").params(plantId, name).query(Long.class).single();
    }

    /** Locks the gateway's row, so that two saves of its configuration get consecutive versions. */
    void lock(long gatewayId) {
        jdbc.sql("select id from gateway where id = ? for update").param(gatewayId).query(Long.class).single();
    }

    Optional<Saved> current(long gatewayId) {
        return jdbc.sql("select version, document, changed_at, changed_by from gateway_config where gateway_id = ? order by version desc limit 1")
                .param(gatewayId).query((rs, n) -> new Saved(rs.getInt(1), rs.getString(2), instant(rs.getTimestamp(3)), rs.getString(4)))
                .optional();
    }

    /** The current document of every other gateway of the plant, by gateway name. */
    List<String[]> otherDocuments(long plantId, long gatewayId) {
        return jdbc.sql("""
                select g.name, c.document from gateway g join lateral (
                    select document from gateway_config where gateway_id = g.id order by version desc limit 1) c on true
                where g.plant_id = ? and g.id <> ?""").params(plantId, gatewayId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    void insertConfig(long gatewayId, int version, String document, String changedBy) {
        jdbc.sql("insert into gateway_config (gateway_id, version, document, changed_by) values (?, ?, ?, ?)")
                .params(gatewayId, version, document, changedBy).update();
    }

    void registered(long gatewayId, Registration registration, Instant now) {
        jdbc.sql("""
                update gateway set registered_at = ?, last_seen = ?, software_version = ?, host_name = ?, transport = ?, local_devices = ?
                where id = ?""").params(Timestamp.from(now), Timestamp.from(now), registration.version(), registration.hostName(),
                registration.transport(), registration.localDevices(), gatewayId).update();
    }

    void heartbeat(long gatewayId, Heartbeat beat, String devicesJson, Instant now) {
        jdbc.sql("""
                update gateway set last_seen = ?, running_version = ?, polled = ?, bad = ?, sent = ?, send_failures = ?, pending_bytes = ?,
                    last_error = ?, devices = ? where id = ?""")
                .params(Timestamp.from(now), beat.configVersion(), beat.polled(), beat.bad(), beat.sent(), beat.sendFailures(),
                        beat.pendingBytes(), beat.lastError(), devicesJson, gatewayId).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("name"), instant(rs.getTimestamp("registered_at")), rs.getString("software_version"),
                rs.getString("host_name"), rs.getString("transport"), (Integer) rs.getObject("local_devices"),
                instant(rs.getTimestamp("last_seen")), (Integer) rs.getObject("running_version"), (Long) rs.getObject("polled"),
                (Long) rs.getObject("bad"), (Long) rs.getObject("sent"), (Long) rs.getObject("send_failures"),
                (Long) rs.getObject("pending_bytes"), rs.getString("last_error"), rs.getString("devices"),
                (Integer) rs.getObject("version"), instant(rs.getTimestamp("changed_at")), rs.getString("changed_by"));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
