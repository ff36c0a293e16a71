package fr.entente.web.testing;

import fr.entente.web.EntenteApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The hub started as in production, on a data directory of the test's (the embedded server, on a free port) or on
 * the MongoDB of {@code MONGODB_URI} when it is set, in a database of the test's. Start it again on the same
 * directory (and database) to test a restart.
 */
public final class RunningHub implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningHub(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** A database name per test run, used only with {@code MONGODB_URI}. */
    public static String freshDatabaseName() {
        return "entente_test_" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RunningHub start(Path dataDirectory, String databaseName, Consumer<GenericApplicationContext> extraBeans) {
        return start(dataDirectory, databaseName, extraBeans, List.of());
    }

    /** The hub as a newcomer starts it: the demo cooperations and accounts loaded on the empty log. */
    public static RunningHub startWithDemoData(Path dataDirectory, String databaseName) {
        return start(dataDirectory, databaseName, context -> { }, List.of("--entente.demo.enabled=true"));
    }

    /**
     * With more {@code --key=value} arguments, which override application.yml. The demo data stays off unless an
     * argument turns it on: each test makes the data it needs.
     */
    public static RunningHub start(Path dataDirectory, String databaseName, Consumer<GenericApplicationContext> extraBeans,
                                   List<String> moreArguments) {
        List<String> args = new ArrayList<>();
        // a default is left out where the test gives its own value: Spring would otherwise read both, joined by a comma
        for (String byDefault : List.of("--server.port=0", "--entente.mongodb.embedded.data-directory=" + dataDirectory,
                                        "--entente.mongodb.embedded.port=0", "--entente.mongodb.database=" + databaseName,
                                        "--entente.demo.enabled=false")) {
            String key = byDefault.substring(0, byDefault.indexOf('=') + 1);
            if (moreArguments.stream().noneMatch(argument -> argument.startsWith(key))) {
                args.add(byDefault);
            }
        }
        args.addAll(moreArguments);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(EntenteApplication.class)
                .initializers(applicationContext -> extraBeans.accept((GenericApplicationContext) applicationContext))
                .run(args.toArray(String[]::new));
        return new RunningHub(context);
    }

    public static RunningHub start(Path dataDirectory, String databaseName) {
        return start(dataDirectory, databaseName, context -> { });
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Every bean of a type (the read models, say), by bean name. */
    public <T> java.util.Map<String, T> beans(Class<T> type) {
        return context.getBeansOfType(type);
    }

    /** The servlet container the hub runs in. */
    public org.springframework.boot.web.server.WebServer webServer() {
        return ((org.springframework.boot.web.context.WebServerApplicationContext) context).getWebServer();
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        context.close();
    }
}
