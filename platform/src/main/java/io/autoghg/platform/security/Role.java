package io.autoghg.platform.security;

import static io.autoghg.platform.security.Permission.ADMINISTER;
import static io.autoghg.platform.security.Permission.ADVANCE_PERIOD;
import static io.autoghg.platform.security.Permission.APPROVE_PERIOD;
import static io.autoghg.platform.security.Permission.ENTER_DATA;
import static io.autoghg.platform.security.Permission.EXPORT;
import static io.autoghg.platform.security.Permission.INGEST_READINGS;
import static io.autoghg.platform.security.Permission.MANAGE_PARAMETERS;
import static io.autoghg.platform.security.Permission.MANAGE_QUALITY;
import static io.autoghg.platform.security.Permission.MANAGE_SETUP;
import static io.autoghg.platform.security.Permission.READ;
import static io.autoghg.platform.security.Permission.SEAL_LEDGER;
import static io.autoghg.platform.security.Permission.SEE_SENSITIVE;
import static io.autoghg.platform.security.Permission.SUBMIT_DATA;
import static io.autoghg.platform.security.Permission.VERIFY;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The roles of issue 9 and the permissions each grants; the table is printed in docs/security.md. */
public enum Role {
    ADMINISTRATOR(EnumSet.allOf(Permission.class)),
    PLANT_ENGINEER(EnumSet.of(READ, ENTER_DATA, MANAGE_SETUP, MANAGE_QUALITY, EXPORT, SEE_SENSITIVE)),
    DATA_ENTRY(EnumSet.of(READ, ENTER_DATA, SEE_SENSITIVE)),
    ACCOUNTANT(EnumSet.of(READ, ENTER_DATA, SUBMIT_DATA, MANAGE_PARAMETERS, MANAGE_QUALITY, ADVANCE_PERIOD, SEAL_LEDGER, EXPORT,
            SEE_SENSITIVE)),
    PLANT_MANAGER(EnumSet.of(READ, ADVANCE_PERIOD, APPROVE_PERIOD, SEAL_LEDGER, EXPORT, SEE_SENSITIVE)),
    VERIFIER(EnumSet.of(READ, EXPORT, VERIFY)),
    GROUP_VIEWER(EnumSet.of(READ, EXPORT)),
    GATEWAY(EnumSet.of(READ, INGEST_READINGS));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
        if (permissions.contains(ADMINISTER) && permissions.size() != Permission.values().length) {
            throw new IllegalStateException("only the administrator administers");
        }
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public static Role parse(String field, String value) {
        return Arrays.stream(values()).filter(role -> role.name().equals(value)).findFirst()
                .orElseThrow(() -> new io.autoghg.platform.support.BadRequestException(field, "unknown role '" + value + "'; roles: "
                        + String.join(", ", Arrays.stream(values()).map(Enum::name).toList())));
    }
}
