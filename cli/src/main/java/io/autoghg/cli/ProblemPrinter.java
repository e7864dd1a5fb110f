package io.autoghg.cli;

import java.io.PrintWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Prints a service error (RFC 9457 problem detail) as "error: file:line [field]: message" lines. */
final class ProblemPrinter {
    private ProblemPrinter() {
    }

    static int print(ServiceClient.Response response, PrintWriter err) {
        ObjectMapper json = JsonMapper.builder().build();
        try {
            JsonNode problem = json.readTree(response.body());
            err.println("autoghg: " + problem.path("status").asInt(response.status()) + " " + problem.path("title").asString("")
                    + ": " + problem.path("detail").asString(""));
            for (JsonNode error : problem.path("errors")) {
                String file = error.path("file").asString("");
                int line = error.path("line").asInt(0);
                String field = error.path("field").asString("");
                err.println("error: " + (file.isEmpty() ? "" : file + (line > 0 ? ":" + line : "") + " ")
                        + (field.isEmpty() ? "" : "[" + field + "]: ") + error.path("message").asString(""));
            }
        } catch (RuntimeException e) {
            err.println("autoghg: HTTP " + response.status() + ": " + response.body());
        }
        err.flush();
        return response.status() == 401 || response.status() == 403 ? 4 : 1;
    }
}
