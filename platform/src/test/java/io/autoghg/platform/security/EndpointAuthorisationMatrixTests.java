package io.autoghg.platform.security;

import static io.autoghg.platform.security.Role.ACCOUNTANT;
import static io.autoghg.platform.security.Role.ADMINISTRATOR;
import static io.autoghg.platform.security.Role.DATA_ENTRY;
import static io.autoghg.platform.security.Role.GATEWAY;
import static io.autoghg.platform.security.Role.GROUP_VIEWER;
import static io.autoghg.platform.security.Role.PLANT_ENGINEER;
import static io.autoghg.platform.security.Role.PLANT_MANAGER;
import static io.autoghg.platform.security.Role.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Evidences;
import io.autoghg.platform.testing.ExampleFiles;
import io.autoghg.platform.testing.ExamplePlants;
import io.autoghg.platform.testing.PlatformTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9: who may call which endpoint. {@link #POLICY} states, for every API endpoint, the roles
 * allowed to call it — written out by hand from what each endpoint does and what each role is for,
 * not computed from {@link Role}, so that this test is an independent statement of the policy.
 *
 * <p>The endpoints are read from Spring MVC at run time: an endpoint without a row (or a row
 * without an endpoint) fails the test. Then every endpoint is called with a token of every role:
 * an allowed role must get past the access check (any answer but 401 or 403 — a 400, 404 or 409
 * from the service is fine), a denied role must get exactly 403. The ADMINISTRATOR token holds
 * its role everywhere, as administrators do; every other role is scoped to plant MTX, the
 * VERIFIER to MTX's 2025 reporting period.
 *
 * <p>Request bodies pass bean validation: Spring checks {@code @Valid} bodies before the
 * controller runs, so a malformed body earns a 400 whoever sends it (that answer only repeats
 * the published API schema). The bodies are chosen so that allowed calls then fail in the
 * service (unknown source, duplicate code, period not closed …) or change nothing that later
 * calls depend on.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointAuthorisationMatrixTests {
    static final String PLANT = "MTX";
    static final String OTHER_PLANT = "MTX-OTHER";
    static final String GROUP = "MTX-GROUP";
    static final String METER = "MTX-M1";
    static final String SOURCE = "NG-PAINT";
    static final int YEAR = 2025;

    /** The columns of {@link #POLICY}, in order. */
    static final List<Role> COLUMNS = List.of(ADMINISTRATOR, PLANT_ENGINEER, DATA_ENTRY, ACCOUNTANT, PLANT_MANAGER, VERIFIER,
            GROUP_VIEWER, GATEWAY);

    /**
     * x = allowed, - = refused (403). A row may name a variant in brackets when the body decides the
     * permission; the plain row is what the matrix sends by default (see {@link #testBodies}).
     */
    static final String POLICY = """
            #                                                                                     ADM ENG ENT ACC MGR VER GRP GWY
            # --- accounts, tokens, audit: administrators (holding the role everywhere) only
            GET    /api/v1/me                                                                      x   x   x   x   x   x   x   x
            GET    /api/v1/users                                                                   x   -   -   -   -   -   -   -
            POST   /api/v1/users                                                                   x   -   -   -   -   -   -   -
            GET    /api/v1/users/{id}                                                              x   -   -   -   -   -   -   -
            POST   /api/v1/users/{id}/grants                                                       x   -   -   -   -   -   -   -
            DELETE /api/v1/users/{id}/grants                                                       x   -   -   -   -   -   -   -
            PUT    /api/v1/users/{id}/password                                                     x   -   -   -   -   -   -   -
            PUT    /api/v1/users/{id}/disabled                                                     x   -   -   -   -   -   -   -
            GET    /api/v1/audit                                                                   x   -   -   -   -   -   -   -
            GET    /api/v1/audit/check                                                             x   -   -   -   -   -   -   -
            POST   /api/v1/tokens                                                                  x   -   -   -   -   -   -   -
            GET    /api/v1/tokens                                                                  x   -   -   -   -   -   -   -
            DELETE /api/v1/tokens/{id}                                                             x   -   -   -   -   -   -   -
            # --- shared reference data: anyone who can read somewhere
            GET    /api/v1/catalogue                                                               x   x   x   x   x   x   x   x
            GET    /api/v1/quality/rules                                                           x   x   x   x   x   x   x   x
            GET    /api/v1/data-dictionary                                                         x   x   x   x   x   x   x   x
            GET    /api/v1/data-dictionary.xlsx                                                    x   x   x   x   x   x   x   x
            GET    /api/v1/imports/template.xlsx                                                   x   x   x   x   x   x   x   x
            # --- organisation: listings show what the caller may see; groups and plants are created by
            # --- whoever manages the set-up everywhere (or in the group), not by a plant's engineer
            GET    /api/v1/groups                                                                  x   x   x   x   x   x   x   x
            POST   /api/v1/groups                                                                  x   -   -   -   -   -   -   -
            GET    /api/v1/plants                                                                  x   x   x   x   x   x   x   x
            POST   /api/v1/plants                                                                  x   -   -   -   -   -   -   -
            GET    /api/v1/plants/{plant}                                                          x   x   x   x   x   x   x   x
            PUT    /api/v1/plants/{plant}/boundary                                                 x   x   -   -   -   -   -   -
            GET    /api/v1/plants/{plant}/org-units                                                x   x   x   x   x   x   x   x
            POST   /api/v1/plants/{plant}/org-units                                                x   x   -   -   -   -   -   -
            GET    /api/v1/plants/{plant}/equipment                                                x   x   x   x   x   x   x   x
            POST   /api/v1/plants/{plant}/equipment                                                x   x   -   -   -   -   -   -
            GET    /api/v1/plants/{plant}/meters                                                   x   x   x   x   x   x   x   x
            POST   /api/v1/plants/{plant}/meters                                                   x   x   -   -   -   -   -   -
            GET    /api/v1/plants/{plant}/meters/{meter}                                           x   x   x   x   x   x   x   x
            GET    /api/v1/plants/{plant}/meters/{meter}/calibrations                              x   x   x   x   x   x   x   x
            POST   /api/v1/plants/{plant}/meters/{meter}/calibrations                              x   x   -   -   -   -   -   -
            GET    /api/v1/plants/{plant}/meters/{meter}/calibrations/{calibration}/certificates   x   x   x   x   x   x   x   x
            POST   /api/v1/plants/{plant}/meters/{meter}/calibrations/{calibration}/certificates   x   x   -   -   -   -   -   -
            # --- emission sources: set-up by the engineer, parameters (factors) by the accountant
            GET    /api/v1/plants/{plant}/sources                                                  x   x   x   x   x   x   x   x
            POST   /api/v1/plants/{plant}/sources                                                  x   x   -   -   -   -   -   -
            GET    /api/v1/plants/{plant}/sources/{source}                                         x   x   x   x   x   x   x   x
            PUT    /api/v1/plants/{plant}/sources/{source}/parameters                              x   -   -   x   -   -   -   -
            PUT    /api/v1/plants/{plant}/sources/{source}/screening-estimate                      x   x   -   -   -   -   -   -
            # --- activity data: drafts by whoever enters data, submitted data (and corrections) by the accountant
            GET    /api/v1/plants/{plant}/activity                                                 x   x   x   x   x   x   x   x
            POST   /api/v1/plants/{plant}/activity                                                 x   x   x   x   -   -   -   -
            POST   /api/v1/plants/{plant}/activity [status=SUBMITTED]                              x   -   -   x   -   -   -   -
            GET    /api/v1/plants/{plant}/activity/{id}                                            x   x   x   x   x   x   x   x
            GET    /api/v1/plants/{plant}/activity/{id}/history                                    x   x   x   x   x   x   x   x
            POST   /api/v1/plants/{plant}/activity/{id}/submit                                     x   -   -   x   -   -   -   -
            POST   /api/v1/plants/{plant}/activity/{id}/corrections                                x   -   -   x   -   -   -   -
            GET    /api/v1/plants/{plant}/production                                               x   x   x   x   x   x   x   x
            PUT    /api/v1/plants/{plant}/production/{month}                                       x   x   x   x   -   -   -   -
            # --- imports: activity files are submitted data (plant files need the set-up permission)
            POST   /api/v1/imports                                                                 x   -   -   x   -   -   -   -
            # --- evidence: uploaded by whoever enters data; files downloaded by those who may export
            GET    /api/v1/plants/{plant}/evidence                                                 x   x   x   x   x   x   x   x
            POST   /api/v1/plants/{plant}/evidence                                                 x   x   x   x   -   -   -   -
            GET    /api/v1/plants/{plant}/evidence/{id}                                            x   x   x   x   x   x   x   x
            GET    /api/v1/plants/{plant}/evidence/{id}/content                                    x   x   -   x   x   x   x   -
            # --- data quality: read by all, settings and gap filling by engineer and accountant
            GET    /api/v1/plants/{plant}/quality/{year}                                           x   x   x   x   x   x   x   x
            POST   /api/v1/plants/{plant}/quality/fill                                             x   x   -   x   -   -   -   -
            GET    /api/v1/plants/{plant}/quality/settings                                         x   x   x   x   x   x   x   x
            PUT    /api/v1/plants/{plant}/quality/settings                                         x   x   -   x   -   -   -   -
            # --- inventories: read by all who may read the year
            GET    /api/v1/plants/{plant}/inventories/{year}                                       x   x   x   x   x   x   x   x
            GET    /api/v1/plants/{plant}/inventories/{year}/versions                              x   x   x   x   x   x   x   x
            GET    /api/v1/plants/{plant}/inventories/{year}/versions/{version}                    x   x   x   x   x   x   x   x
            GET    /api/v1/plants/{plant}/inventories/{year}/diff                                  x   x   x   x   x   x   x   x
            GET    /api/v1/plants/{plant}/inventories/period                                       x   x   x   x   x   x   x   x
            # --- reporting periods: advanced by accountant and manager, closed/reopened/base year by the manager
            GET    /api/v1/plants/{plant}/periods                                                  x   x   x   x   x   x   x   x
            GET    /api/v1/plants/{plant}/periods/{year}                                           x   x   x   x   x   x   x   x
            GET    /api/v1/plants/{plant}/periods/base-year-check                                  x   x   x   x   x   x   x   x
            POST   /api/v1/plants/{plant}/periods/{year}/transitions                               x   -   -   x   x   -   -   -
            POST   /api/v1/plants/{plant}/periods/{year}/transitions [to=CLOSED]                   x   -   -   -   x   -   -   -
            POST   /api/v1/plants/{plant}/periods/{year}/reopen                                    x   -   -   -   x   -   -   -
            PUT    /api/v1/plants/{plant}/periods/{year}/base-year                                 x   -   -   -   x   -   -   -
            # --- verification of a period: the accountant or manager invites the verifier, who opens findings, draws
            # --- samples and issues the statement; those who enter data comment on findings, the accountant responds
            POST   /api/v1/plants/{plant}/periods/{year}/verification/invitations                   x   -   -   x   x   -   -   -
            GET    /api/v1/plants/{plant}/periods/{year}/verification/invitations                   x   x   x   x   x   x   x   x
            POST   /api/v1/plants/{plant}/periods/{year}/verification/findings                      x   -   -   -   -   x   -   -
            GET    /api/v1/plants/{plant}/periods/{year}/verification/findings                      x   x   x   x   x   x   x   x
            GET    /api/v1/plants/{plant}/periods/{year}/verification/findings/{id}                 x   x   x   x   x   x   x   x
            POST   /api/v1/plants/{plant}/periods/{year}/verification/findings/{id}/comments        x   x   x   x   -   x   -   -
            POST   /api/v1/plants/{plant}/periods/{year}/verification/findings/{id}/response        x   -   -   x   -   -   -   -
            POST   /api/v1/plants/{plant}/periods/{year}/verification/findings/{id}/close           x   -   -   -   -   x   -   -
            POST   /api/v1/plants/{plant}/periods/{year}/verification/samples                       x   -   -   -   -   x   -   -
            GET    /api/v1/plants/{plant}/periods/{year}/verification/samples                       x   x   x   x   x   x   x   x
            POST   /api/v1/plants/{plant}/periods/{year}/verification/statement                     x   -   -   -   -   x   -   -
            GET    /api/v1/plants/{plant}/periods/{year}/verification/statement                     x   x   x   x   x   x   x   x
            # --- ledger: sealed by accountant and manager, bundles exported, the whole-plant chain check
            # --- is not for a verifier invited to one period
            POST   /api/v1/plants/{plant}/ledger/seals/{year}                                      x   -   -   x   x   -   -   -
            GET    /api/v1/plants/{plant}/ledger/seals/{year}                                      x   x   x   x   x   x   x   x
            GET    /api/v1/plants/{plant}/ledger/{year}/bundle                                     x   x   -   x   x   x   x   -
            GET    /api/v1/plants/{plant}/ledger/check                                             x   x   x   x   x   -   x   x
            # --- reports are exports of a year's inventory
            GET    /api/v1/plants/{plant}/reports/{year}                                           x   x   -   x   x   x   x   -
            # --- meter readings (issue 6): sent by gateways (and administrators), read by all; the register kind
            # --- and meter replacements are set-up
            POST   /api/v1/readings                                                                x   -   -   -   -   -   -   x
            GET    /api/v1/plants/{plant}/readings/status                                          x   x   x   x   x   x   x   x
            GET    /api/v1/plants/{plant}/meters/{meter}/readings                                  x   x   x   x   x   x   x   x
            GET    /api/v1/plants/{plant}/meters/{meter}/rollups                                   x   x   x   x   x   x   x   x
            GET    /api/v1/plants/{plant}/meters/{meter}/register                                  x   x   x   x   x   x   x   x
            PUT    /api/v1/plants/{plant}/meters/{meter}/register                                  x   x   -   -   -   -   -   -
            POST   /api/v1/plants/{plant}/meters/{meter}/replacements                              x   x   -   -   -   -   -   -
            # --- edge gateways: their central configuration is set-up (read by all, the gateway included); a gateway
            # --- registers and reports its status with its GATEWAY token
            GET    /api/v1/plants/{plant}/gateways                                                 x   x   x   x   x   x   x   x
            GET    /api/v1/plants/{plant}/gateways/{gateway}/config                                x   x   x   x   x   x   x   x
            PUT    /api/v1/plants/{plant}/gateways/{gateway}/config                                x   x   -   -   -   -   -   -
            POST   /api/v1/plants/{plant}/gateways/{gateway}/registration                          x   -   -   -   -   -   -   x
            POST   /api/v1/plants/{plant}/gateways/{gateway}/status                                x   -   -   -   -   -   -   x
            """;

    private static final long NO_SUCH_ID = 987_654_321L;
    private static final String OUR_PROBLEMS = "https://autoghg.io/problems/";
    private static final Pattern NAMES_PLANT = Pattern.compile("\\b" + PLANT + "\\b(?!-)");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @Autowired
    Environment environment;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private Api admin;
    private Set<String> multipart;
    private Map<String, Object> bodies;
    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private long calibrationId;
    private long evidenceId;
    private long datumId;
    private long userId;
    private long throwawayTokenId;

    /** One row of {@link #POLICY}: an endpoint (with an optional variant of the call) and the roles allowed. */
    record Rule(String endpoint, String variant, Set<Role> allowed) {
        String key() {
            return variant == null ? endpoint : endpoint + " [" + variant + "]";
        }
    }

    static List<Rule> policy() {
        assertThat(COLUMNS).as("every role has a column in the policy table").containsExactlyInAnyOrder(Role.values());
        List<Rule> rules = new ArrayList<>();
        for (String line : POLICY.strip().split("\n")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            List<String> fields = new ArrayList<>(List.of(text.split("\\s+")));
            String endpoint = fields.remove(0) + " " + fields.remove(0);
            String variant = null;
            if (fields.get(0).startsWith("[")) {
                variant = fields.remove(0).replaceAll("[\\[\\]]", "");
            }
            assertThat(fields).as("a mark (x or -) per role in: " + text).hasSize(COLUMNS.size()).allMatch(f -> f.equals("x") || f.equals("-"));
            Set<Role> allowed = EnumSet.noneOf(Role.class);
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (fields.get(i).equals("x")) {
                    allowed.add(COLUMNS.get(i));
                }
            }
            rules.add(new Rule(endpoint, variant, allowed));
        }
        return rules;
    }

    /** Every (method, path pattern) Spring MVC maps under /api/. */
    Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern); // a mapping without a method answers every method: give it one
                }
                methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
            }
        }
        return endpoints;
    }

    static Set<String> multipartEndpoints(RequestMappingHandlerMapping mapping) {
        Set<String> multipart = new TreeSet<>();
        mapping.getHandlerMethods().keySet().forEach(info -> {
            if (info.getConsumesCondition().getConsumableMediaTypes().contains(MediaType.MULTIPART_FORM_DATA)) {
                info.getPatternValues().forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> multipart.add(method.name() + " " + pattern)));
            }
        });
        return multipart;
    }

    @BeforeAll
    void createThePlantItsRowsAndATokenPerRole() {
        admin = Api.of(environment);
        multipart = multipartEndpoints(mapping);
        ExamplePlants.ensure(admin, PLANT);
        created(admin.post("/api/v1/plants", Map.of("code", OTHER_PLANT, "name", "Another plant")));
        created(admin.post("/api/v1/groups", Map.of("code", GROUP, "name", "Matrix group")));
        created(admin.post(plant("/meters"), Map.of("code", METER, "measures", "natural gas", "unit", "Nm3")));
        JsonNode calibrations = admin.get(plant("/meters/" + METER + "/calibrations")).json();
        calibrationId = calibrations.isEmpty()
                ? created(admin.post(plant("/meters/" + METER + "/calibrations"),
                        Map.of("calibratedOn", "2025-01-10", "dueOn", "2026-01-10", "result", "PASSED"))).json().path("id").asLong()
                : calibrations.get(0).path("id").asLong();
        evidenceId = Evidences.invoice(admin, PLANT, "2025-01-01", "2025-02-01");
        bodies = testBodies();
        datumId = admin.get(plant("/activity?status=SUBMITTED&from=2025-01-01&size=1")).json().path("items").get(0).path("id").asLong();
        assertThat(admin.get(plant("/inventories/" + YEAR)).status()).as("version 1 of the 2025 inventory").isEqualTo(200);
        // MTX's base year is the VERIFIER's year, so every role may read the base-year check (of a base year outside
        // its scope a verifier would be refused: BaseYearCheckTests)
        Api.Response base = admin.put(plant("/periods/" + YEAR + "/base-year"), Map.of("baseYear", true, "significanceThresholdPct", 5));
        assertThat(base.status()).as(base.body()).isEqualTo(200);
        userId = created(admin.post("/api/v1/users", Map.of("username", "matrix-" + UUID.randomUUID().toString().substring(0, 8))))
                .json().path("id").asLong();
        throwawayTokenId = tokenId(token(admin, "matrix-throwaway-" + UUID.randomUUID(), GATEWAY, null, null));
        for (Role role : Role.values()) {
            tokens.put(role, role == ADMINISTRATOR ? token(admin, "matrix-" + role, role, null, null)
                    : token(admin, "matrix-" + role, role, PLANT, role == VERIFIER ? YEAR : null));
        }
    }

    /** A token of the role, everywhere (plant null), for a plant, or for a plant's reporting year. */
    static String token(Api admin, String name, Role role, String plant, Integer year) {
        Map<String, Object> request = new HashMap<>();
        request.put("name", name);
        request.put("role", role.name());
        if (plant != null) {
            request.put("plantCode", plant);
        }
        if (year != null) {
            request.put("year", year);
        }
        return created(admin.post("/api/v1/tokens", request)).json().path("token").asString();
    }

    private long tokenId(String secret) {
        String name = admin.withToken(secret).get("/api/v1/me").json().path("name").asString();
        for (JsonNode token : admin.get("/api/v1/tokens").json()) {
            if (token.path("name").asString().equals(name)) {
                return token.path("id").asLong();
            }
        }
        throw new AssertionError("token " + name + " not listed");
    }

    /** 201, or 409 when an earlier test class of the same run created it already. */
    private static Api.Response created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(201, 409);
        return response;
    }

    static String plant(String rest) {
        return "/api/v1/plants/" + PLANT + rest;
    }

    // ---------------------------------------------------------------------------------------------

    @Test
    void everyEndpointHasARowInThePolicyAndEveryRowAnEndpoint() {
        Set<String> endpoints = endpoints();
        Set<String> rows = new TreeSet<>();
        policy().forEach(rule -> rows.add(rule.endpoint()));
        Set<String> missing = new TreeSet<>(endpoints);
        missing.removeAll(rows);
        Set<String> stale = new TreeSet<>(rows);
        stale.removeAll(endpoints);
        if (!missing.isEmpty() || !stale.isEmpty()) {
            fail("the policy table of EndpointAuthorisationMatrixTests is out of date"
                    + (missing.isEmpty() ? "" : "\n  endpoints without a row (add one, stating which roles may call it):\n    "
                            + String.join("\n    ", missing))
                    + (stale.isEmpty() ? "" : "\n  rows without an endpoint (remove them):\n    " + String.join("\n    ", stale)));
        }
        assertThat(endpoints).as("the API has endpoints").hasSizeGreaterThan(50);
    }

    @Test
    void everyRoleGetsPastTheAccessCheckExactlyWhereThePolicyAllowsIt() {
        List<Rule> rules = policy();
        List<String> mismatches = new ArrayList<>();
        Map<String, Map<Role, String>> observed = new TreeMap<>();
        for (Role role : COLUMNS) {
            Api api = admin.withToken(tokens.get(role));
            for (Rule rule : rules) {
                Api.Response response = call(api, rule);
                boolean allowed = rule.allowed().contains(role);
                String wrong = verdict(allowed, response);
                observed.computeIfAbsent(rule.key(), k -> new EnumMap<>(Role.class)).put(role, response.status() + (wrong == null ? "" : "!"));
                if (wrong != null) {
                    mismatches.add(String.format("%-90s %-14s %-9s got %d: %s", rule.key(), role, allowed ? "allowed" : "403",
                            response.status(), wrong + " " + abbreviate(response.body())));
                }
            }
        }
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " call(s) disagree with the policy:\n" + String.join("\n", mismatches) + "\n\n" + grid(observed));
        }
    }

    @Test
    void aTokenForAnotherPlantIsRefusedOnThisPlant() {
        List<String> sample = List.of(
                "GET /api/v1/plants/{plant}",
                "GET /api/v1/plants/{plant}/activity",
                "GET /api/v1/plants/{plant}/activity/{id}",
                "GET /api/v1/plants/{plant}/evidence/{id}/content",
                "GET /api/v1/plants/{plant}/inventories/{year}",
                "GET /api/v1/plants/{plant}/quality/{year}",
                "GET /api/v1/plants/{plant}/ledger/{year}/bundle",
                "POST /api/v1/plants/{plant}/activity",
                "PUT /api/v1/plants/{plant}/production/{month}",
                "POST /api/v1/plants/{plant}/evidence",
                "POST /api/v1/imports",
                "POST /api/v1/readings",
                "PUT /api/v1/plants/{plant}/gateways/{gateway}/config",
                "POST /api/v1/plants/{plant}/gateways/{gateway}/registration",
                "POST /api/v1/plants/{plant}/gateways/{gateway}/status",
                "PUT /api/v1/plants/{plant}/sources/{source}/parameters",
                "PUT /api/v1/plants/{plant}/quality/settings",
                "POST /api/v1/plants/{plant}/meters",
                "POST /api/v1/plants/{plant}/periods/{year}/transitions",
                "POST /api/v1/plants/{plant}/ledger/seals/{year}");
        Map<String, Rule> byKey = new HashMap<>();
        policy().forEach(rule -> byKey.put(rule.key(), rule));
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Role role : Role.values()) {
            Api elsewhere = admin.withToken(token(admin, "matrix-other-" + role, role, OTHER_PLANT, role == VERIFIER ? YEAR : null));
            for (String key : sample) {
                Rule rule = byKey.get(key);
                assertThat(rule).as(key).isNotNull();
                if (!rule.allowed().contains(role)) {
                    continue; // refused here anyway; what matters is a role that would be allowed on its own plant
                }
                checked++;
                Api.Response response = call(elsewhere, rule);
                if (response.status() != 403) {
                    mismatches.add(String.format("%-60s %-14s got %d: %s", key, role, response.status(), abbreviate(response.body())));
                }
            }
        }
        // an administrator of one plant is no administrator of accounts and tokens
        Api plantAdministrator = admin.withToken(token(admin, "matrix-plant-admin", ADMINISTRATOR, PLANT, null));
        for (String path : List.of("/api/v1/users", "/api/v1/tokens", "/api/v1/audit")) {
            checked++;
            int status = plantAdministrator.get(path).status();
            if (status != 403) {
                mismatches.add("GET " + path + " by an ADMINISTRATOR of plant " + PLANT + " only: got " + status);
            }
        }
        assertThat(checked).isGreaterThan(50);
        if (!mismatches.isEmpty()) {
            fail("tokens scoped to plant " + OTHER_PLANT + " reached plant " + PLANT + ":\n" + String.join("\n", mismatches));
        }
    }

    /**
     * Without a token every call is refused with 401 before it reaches a controller, writes included
     * (an API call without a session has no CSRF token to check).
     */
    @Test
    void everyEndpointWantsAuthenticationWithoutAToken() {
        Api anonymous = admin.withToken(null);
        List<String> mismatches = new ArrayList<>();
        for (Rule rule : policy()) {
            Api.Response response = call(anonymous, rule);
            if (response.status() != 401) {
                mismatches.add(String.format("%-90s got %d: %s", rule.key(), response.status(), abbreviate(response.body())));
            }
        }
        if (!mismatches.isEmpty()) {
            fail("calls without a token that were not refused as unauthenticated:\n" + String.join("\n", mismatches));
        }
    }

    /**
     * A token scoped to one plant learns nothing about others: an unknown plant code is refused like
     * a known one (not 404), a plant file of another plant is refused even when it was imported
     * before (not "UNCHANGED, imported before as import n"), and an activity file without a plant
     * is not matched against plants the caller cannot see (not "several plants have these source
     * codes (MTX, …)").
     */
    @Test
    void aScopedTokenCannotProbeOtherPlants() {
        ExamplePlants.ensure(admin, PLANT);
        List<String> mismatches = new ArrayList<>();
        for (Role role : List.of(PLANT_ENGINEER, DATA_ENTRY, ACCOUNTANT, VERIFIER, GATEWAY)) {
            Api elsewhere = admin.withToken(token(admin, "matrix-probe-" + role, role, OTHER_PLANT, role == VERIFIER ? YEAR : null));
            Map<String, Api.Response> probes = new LinkedHashMap<>();
            probes.put("GET /api/v1/plants/NO-SUCH-PLANT", elsewhere.get("/api/v1/plants/NO-SUCH-PLANT"));
            probes.put("GET /api/v1/plants/NO-SUCH-PLANT/sources", elsewhere.get("/api/v1/plants/NO-SUCH-PLANT/sources"));
            probes.put("GET /api/v1/plants/NO-SUCH-PLANT/activity", elsewhere.get("/api/v1/plants/NO-SUCH-PLANT/activity"));
            probes.put("GET /api/v1/plants/NO-SUCH-PLANT/periods", elsewhere.get("/api/v1/plants/NO-SUCH-PLANT/periods"));
            probes.put("POST /api/v1/imports?plant=NO-SUCH-PLANT (activity CSV)", elsewhere.upload("/api/v1/imports?plant=NO-SUCH-PLANT",
                    Map.of("probe.csv", ExampleFiles.activity())));
            probes.put("POST /api/v1/imports (plant file of " + PLANT + ", imported before)",
                    elsewhere.upload("/api/v1/imports", Map.of("plant.yaml", ExampleFiles.plant(PLANT))));
            Api.Response inferred = elsewhere.upload("/api/v1/imports", Map.of("no-plant-named.csv", ExampleFiles.activity()));
            if (!List.of(400, 403).contains(inferred.status()) || NAMES_PLANT.matcher(inferred.body()).find()) {
                mismatches.add(String.format("%-75s %-14s got %d: %s", "POST /api/v1/imports (activity CSV, plant inferred)", role,
                        inferred.status(), abbreviate(inferred.body())));
            }
            probes.forEach((call, response) -> {
                if (response.status() != 403) {
                    mismatches.add(String.format("%-75s %-14s got %d: %s", call, role, response.status(), abbreviate(response.body())));
                }
            });
        }
        if (!mismatches.isEmpty()) {
            fail("tokens scoped to plant " + OTHER_PLANT + " learnt something about other plants:\n" + String.join("\n", mismatches));
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Null when the answer agrees with the policy, else what is wrong with it. */
    static String verdict(boolean allowed, Api.Response response) {
        int status = response.status();
        if (!allowed) {
            return status == 403 ? null : "should be refused with 403";
        }
        if (status == 401 || status == 403) {
            return "should get past the access check";
        }
        if (status >= 500) {
            return "server error";
        }
        if (status >= 400 && !response.body().contains(OUR_PROBLEMS)) {
            return "answered by Spring before the controller ran (check the test's path, query or body)";
        }
        if (response.body().contains(OUR_PROBLEMS + "validation")) {
            return "the test's body fails bean validation, which hides the access check";
        }
        return null;
    }

    /** Calls the endpoint of the rule with its path variables filled and its test body. */
    Api.Response call(Api api, Rule rule) {
        String method = rule.endpoint().substring(0, rule.endpoint().indexOf(' '));
        String pattern = rule.endpoint().substring(method.length() + 1);
        String path = fill(pattern) + query(rule.endpoint());
        if (rule.endpoint().equals("POST /api/v1/imports")) {
            return api.upload(path, Map.of("matrix.csv",
                    "source,start,end,quantity,unit,item,uncertaintyPct\nNO-SUCH-SOURCE,2025-01-01,2025-02-01,1,t,,\n"
                            .getBytes(StandardCharsets.UTF_8)));
        }
        if (multipart.contains(rule.endpoint())) { // evidence: a file without its type
            return api.multipart(path, Map.of("periodStart", "2025-01-01", "periodEnd", "2025-02-01"), "file", "matrix.pdf",
                    "application/pdf", Evidences.pdf("matrix"));
        }
        Object body = bodies.getOrDefault(rule.key(), Map.of());
        return switch (method) {
            case "GET" -> api.get(path);
            case "DELETE" -> api.send("DELETE", path);
            case "POST" -> api.post(path, body);
            case "PUT" -> api.put(path, body);
            default -> throw new AssertionError("the matrix cannot call " + rule.endpoint());
        };
    }

    String fill(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String before = pattern.substring(0, matcher.start());
            String value = switch (matcher.group(1)) {
                case "plant" -> PLANT;
                case "year" -> String.valueOf(YEAR);
                case "month" -> YEAR + "-01";
                case "meter" -> METER;
                case "calibration" -> String.valueOf(calibrationId);
                case "source" -> SOURCE;
                case "version" -> "1";
                case "gateway" -> "gw-matrix";
                case "id" -> String.valueOf(id(before, pattern));
                default -> fail("the matrix does not know how to fill {" + matcher.group(1) + "} in " + pattern);
            };
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /**
     * Real rows: a submitted 2025 datum, an invoice, a throwaway account, a throwaway token (the
     * administrator revokes it); a finding that does not exist, so allowed roles get 404 after the
     * access check and a lookup before the check would show as a 404 for a refused role.
     */
    private long id(String before, String pattern) {
        if (before.endsWith("/findings/")) {
            return NO_SUCH_ID;
        }
        if (before.endsWith("/activity/")) {
            return datumId;
        }
        if (before.endsWith("/evidence/")) {
            return evidenceId;
        }
        if (before.endsWith("/users/")) {
            return userId;
        }
        if (before.endsWith("/tokens/")) {
            return throwawayTokenId;
        }
        throw new AssertionError("the matrix does not know which id to put into " + pattern);
    }

    static String query(String endpoint) {
        return switch (endpoint) {
            case "GET /api/v1/plants/{plant}/production" -> "?year=" + YEAR;
            case "GET /api/v1/plants/{plant}/activity", "GET /api/v1/plants/{plant}/evidence" -> "?size=5";
            case "GET /api/v1/plants/{plant}/inventories/{year}/diff" -> "?from=1&to=1";
            case "GET /api/v1/plants/{plant}/inventories/period" -> "?from=2025-01&to=2025-03";
            case "GET /api/v1/imports/template.xlsx", "POST /api/v1/imports", "POST /api/v1/readings" -> "?plant=" + PLANT;
            case "GET /api/v1/audit" -> "?limit=5";
            case "GET /api/v1/plants/{plant}/reports/{year}" -> "?format=xlsx"; // quicker to make than the default PDF
            default -> "";
        };
    }

    /**
     * Bodies that pass bean validation; an allowed call then stops in the service (unknown source,
     * code taken, end before start, period not in that state …) or repeats what is there already.
     * Calls not listed send {} (the service refuses the missing fields after its access check).
     */
    private Map<String, Object> testBodies() {
        Map<String, Object> bodies = new HashMap<>();
        bodies.put("PUT /api/v1/users/{id}/disabled", Map.of("disabled", false));
        bodies.put("POST /api/v1/groups", Map.of("code", GROUP, "name", "Matrix group"));
        bodies.put("POST /api/v1/plants", Map.of("code", PLANT, "name", "Matrix plant"));
        bodies.put("PUT /api/v1/plants/{plant}/boundary", Map.of("approach", "EQUITY_SHARE"));
        bodies.put("POST /api/v1/plants/{plant}/org-units", Map.of("code", "PAINT", "name", "Paint shop"));
        bodies.put("POST /api/v1/plants/{plant}/equipment", Map.of("code", "MTX-EQ", "name", "Oven", "orgUnit", "NO-SUCH-UNIT"));
        bodies.put("POST /api/v1/plants/{plant}/meters", Map.of("code", METER, "measures", "natural gas", "unit", "Nm3"));
        bodies.put("POST /api/v1/plants/{plant}/meters/{meter}/calibrations",
                Map.of("calibratedOn", "2025-06-01", "dueOn", "2025-01-01", "result", "PASSED"));
        bodies.put("POST /api/v1/plants/{plant}/meters/{meter}/calibrations/{calibration}/certificates",
                Map.of("evidenceId", evidenceId)); // an invoice, not a certificate
        bodies.put("POST /api/v1/plants/{plant}/sources", Map.of("code", SOURCE, "type", "STAT_COMB_NG"));
        bodies.put("PUT /api/v1/plants/{plant}/sources/{source}/parameters", Map.of("noSuchParameter", "1"));
        bodies.put("PUT /api/v1/plants/{plant}/sources/{source}/screening-estimate", Map.of("tco2e", 25980.182));
        Map<String, Object> draft = new HashMap<>(Map.of("source", "NO-SUCH-SOURCE", "start", "2025-01-01", "end", "2025-02-01",
                "quantity", 1, "unit", "t", "status", "DRAFT"));
        bodies.put("POST /api/v1/plants/{plant}/activity", draft);
        Map<String, Object> submitted = new HashMap<>(draft);
        submitted.put("status", "SUBMITTED");
        bodies.put("POST /api/v1/plants/{plant}/activity [status=SUBMITTED]", submitted);
        bodies.put("POST /api/v1/plants/{plant}/activity/{id}/corrections",
                Map.of("quantity", 1, "reason", "matrix test", "start", "2025-02-01", "end", "2025-01-01"));
        bodies.put("PUT /api/v1/plants/{plant}/production/{month}", Map.of("vehicles", 25_000));
        bodies.put("POST /api/v1/plants/{plant}/quality/fill",
                Map.of("source", "NO-SUCH-SOURCE", "from", "2025-01-01", "to", "2025-02-01", "method", "linear"));
        bodies.put("PUT /api/v1/plants/{plant}/quality/settings", Map.of("rule", "no-such-rule"));
        bodies.put("POST /api/v1/plants/{plant}/periods/{year}/transitions", Map.of("to", "REVIEW")); // the period is OPEN
        bodies.put("POST /api/v1/plants/{plant}/periods/{year}/transitions [to=CLOSED]", Map.of("to", "CLOSED"));
        bodies.put("POST /api/v1/plants/{plant}/periods/{year}/reopen", Map.of("reason", "matrix test")); // not CLOSED
        return bodies;
    }

    private static String abbreviate(String body) {
        String text = body == null ? "" : body.replaceAll("\\s+", " ");
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    /** The observed statuses, one row per endpoint; "!" marks a disagreement with the policy. */
    private static String grid(Map<String, Map<Role, String>> observed) {
        StringBuilder grid = new StringBuilder(String.format("%-90s", "observed (! = disagrees)"));
        List.of("ADM", "ENG", "ENT", "ACC", "MGR", "VER", "GRP", "GWY").forEach(column -> grid.append(String.format(" %5s", column)));
        observed.forEach((key, statuses) -> {
            grid.append(String.format("%n%-90s", key));
            COLUMNS.forEach(role -> grid.append(String.format(" %5s", statuses.getOrDefault(role, ""))));
        });
        return grid.toString();
    }
}
