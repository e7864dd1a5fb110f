package io.autoghg.platform.ledger;

import io.autoghg.platform.activity.ActivityDataRecorded;
import io.autoghg.platform.activity.ActivityDatum;
import io.autoghg.platform.activity.ActivityService;
import io.autoghg.platform.inventory.InventoryVersionComputed;
import io.autoghg.platform.source.SourceParametersChanged;
import io.autoghg.platform.source.SourceService;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Appends the other modules' accounting events to the ledger, synchronously, in their transaction. */
@Component
class LedgerListener {
    private final LedgerService ledger;
    private final ActivityService activity;
    private final SourceService sources;

    LedgerListener(LedgerService ledger, ActivityService activity, SourceService sources) {
        this.ledger = ledger;
        this.activity = activity;
        this.sources = sources;
    }

    @EventListener
    void onActivityData(ActivityDataRecorded event) {
        if (event.ids().isEmpty()) {
            return;
        }
        List<LedgerService.NewEntry> entries = new ArrayList<>();
        for (ActivityDatum datum : activity.data(event.plant(), event.ids())) {
            entries.add(new LedgerService.NewEntry("datum." + event.change(), datum.start().getYear() + "/datum/" + datum.id(),
                    payload(datum)));
        }
        ledger.append(event.plant(), entries);
    }

    @EventListener
    void onParametersChanged(SourceParametersChanged event) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("source", event.source());
        payload.put("parameters", new TreeMap<>(sources.source(event.plant(), event.source()).parameters()));
        int year = Instant.now().atZone(ZoneOffset.UTC).getYear();
        ledger.append(event.plant(), "source.parameters", year + "/source/" + event.source(), payload);
    }

    @EventListener
    void onInventoryVersion(InventoryVersionComputed event) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("plant", event.plant());
        payload.put("year", event.year());
        payload.put("version", event.version());
        payload.put("inputsHash", event.inputsHash());
        payload.put("total", event.total() == null ? null : event.total().toPlainString());
        ledger.append(event.plant(), "inventory.version", event.year() + "/inventory/" + event.version(), payload);
    }

    /** What a datum's entry records (docs/ledger.md §1). */
    static Map<String, Object> payload(ActivityDatum datum) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", datum.id());
        payload.put("source", datum.source());
        payload.put("periodStart", datum.start().toString());
        payload.put("periodEnd", datum.end().toString());
        payload.put("quantity", datum.quantity().toPlainString());
        payload.put("unit", datum.unit());
        payload.put("item", datum.item());
        payload.put("status", datum.status());
        payload.put("corrects", datum.correctsId());
        payload.put("reason", datum.correctionReason());
        payload.put("enteredBy", datum.enteredBy());
        return payload;
    }

}
