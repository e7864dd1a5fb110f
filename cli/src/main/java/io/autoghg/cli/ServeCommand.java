package io.autoghg.cli;

import io.autoghg.platform.PlatformApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** `autoghg serve`: starts the platform service (embedded PostgreSQL unless AUTOGHG_DB_URL is set). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the AutoGHG service (web console and REST API); health at /actuator/health.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default: 8080, or AUTOGHG_PORT)")
    Integer port;

    @Option(names = "--data", description = "data folder for the embedded database and files (default: ./data, or AUTOGHG_DATA)")
    String data;

    @Option(names = "--demo", description = "seed the demo plant when the database has no plant yet")
    boolean demo;

    @Option(names = "--reset-admin", description = "give the account 'admin' a new one-time password, printed once (lost first password)")
    boolean resetAdmin;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        List<String> args = new ArrayList<>(springArguments);
        String envPort = System.getenv("AUTOGHG_PORT");
        if (port != null) {
            args.add("--server.port=" + port);
        } else if (envPort != null && !envPort.isBlank()) {
            args.add("--server.port=" + envPort);
        }
        if (data != null) {
            args.add("--autoghg.data=" + data);
        }
        if (demo) {
            args.add("--autoghg.demo=true");
        }
        if (resetAdmin) {
            args.add("--autoghg.reset-admin=true");
        }
        ConfigurableApplicationContext context = PlatformApplication.start(args.toArray(String[]::new));
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        if (context.isActive()) {
            closed.await();
        }
        return 0;
    }
}
