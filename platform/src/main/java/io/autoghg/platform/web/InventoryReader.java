package io.autoghg.platform.web;

import io.autoghg.platform.inventory.InventoryService;
import io.autoghg.platform.support.Actor;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the current inventory version (the accounting JSON contract) as nested maps for the
 * templates; numbers stay exact (BigDecimal).
 */
@Component
public class InventoryReader {
    private final InventoryService inventories;
    private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    InventoryReader(InventoryService inventories) {
        this.inventories = inventories;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> current(String plant, int year) {
        return json.readValue(inventories.current(plant, year, Actor.current()), Map.class);
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> sources(Map<String, Object> inventory) {
        return (List<Map<String, Object>>) inventory.get("sources");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> source(Map<String, Object> inventory, String code) {
        return sources(inventory).stream().filter(source -> code.equals(source.get("code"))).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }
}
