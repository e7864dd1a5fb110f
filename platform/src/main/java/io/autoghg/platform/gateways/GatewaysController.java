package io.autoghg.platform.gateways;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Gateways over HTTP (docs/api.md, docs/edge-gateway.md §6). */
@RestController
class GatewaysController {
    private final Gateways gateways;

    GatewaysController(Gateways gateways) {
        this.gateways = gateways;
    }

    @GetMapping("/api/v1/plants/{plant}/gateways")
    List<GatewayStatus> list(@PathVariable String plant) {
        return gateways.list(plant);
    }

    /** The current configuration with ETag "N" (its version); If-None-Match with that tag answers 304. */
    @GetMapping("/api/v1/plants/{plant}/gateways/{gateway}/config")
    ResponseEntity<CentralConfig> config(@PathVariable String plant, @PathVariable String gateway,
                                         @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        CentralConfig config = gateways.config(plant, gateway);
        String etag = etag(config);
        if (ifNoneMatch != null && List.of(ifNoneMatch.split(",")).stream().map(String::strip)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).body(config);
    }

    @PutMapping(path = "/api/v1/plants/{plant}/gateways/{gateway}/config", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CentralConfig> saveConfig(@PathVariable String plant, @PathVariable String gateway,
                                             @RequestBody(required = false) byte[] body) {
        CentralConfig config = gateways.saveConfig(plant, gateway, body);
        return ResponseEntity.ok().eTag(etag(config)).body(config);
    }

    @PostMapping("/api/v1/plants/{plant}/gateways/{gateway}/registration")
    Gateways.Registered register(@PathVariable String plant, @PathVariable String gateway,
                                 @RequestBody(required = false) Registration registration) {
        return gateways.register(plant, gateway, registration);
    }

    @PostMapping("/api/v1/plants/{plant}/gateways/{gateway}/status")
    Gateways.Acknowledged status(@PathVariable String plant, @PathVariable String gateway,
                                 @RequestBody(required = false) Heartbeat heartbeat) {
        return gateways.heartbeat(plant, gateway, heartbeat);
    }

    private static String etag(CentralConfig config) {
        return "\"" + config.version() + "\"";
    }
}
