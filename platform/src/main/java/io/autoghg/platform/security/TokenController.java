package io.autoghg.platform.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API tokens for machines: administrators create (scoped), list and revoke them. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {
    private final ApiTokenService tokens;
    private final Access access;

    TokenController(ApiTokenService tokens, Access access) {
        this.tokens = tokens;
        this.access = access;
    }

    record NewToken(String name, String role, String groupCode, String plantCode, Integer year) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody NewToken request) {
        access.requireEverywhere(Permission.ADMINISTER);
        String secret = tokens.create(request.name(), request.role(), blank(request.groupCode()), blank(request.plantCode()), request.year());
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("name", request.name());
        created.put("role", request.role());
        created.put("scope", new Grant(Role.valueOf(request.role()), blank(request.groupCode()), blank(request.plantCode()), request.year()).scope());
        created.put("token", secret);
        return created;
    }

    @GetMapping
    List<ApiToken> list() {
        access.requireEverywhere(Permission.ADMINISTER);
        return tokens.tokens();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        access.requireEverywhere(Permission.ADMINISTER);
        tokens.revoke(id);
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
