package org.quanze.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.quanze.QuanzeApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code quanze serve}: starts the server (the default command). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the Quanze server on the embedded store. On first start (a store without any list) "
                + "it loads the data bundled with Quanze and logs what it loaded.",
                "Spring Boot properties can be given as --name=value, e.g. --server.port=8080 "
                        + "--quanze.store.path=store."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", description = "The store folder (same as --quanze.store.path=DIR).")
    private String store;

    @Unmatched
    private List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(springArgs);
        if (store != null) {
            args.add("--quanze.store.path=" + store);
        }
        SpringApplication.run(QuanzeApplication.class, args.toArray(String[]::new));
        return 0;
    }
}
