package io.newsflow.app;

import io.newsflow.model.config.ConfigLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints the effective configuration, which also validates it: a bad key or value exits with code 3. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Print the effective configuration (defaults < file < NEWSFLOW_* < flags), secrets masked. "
                + "Exits 3 with a message naming the key when it is invalid.")
final class ConfigCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() {
        System.out.print(ConfigLoader.toYaml(kafka.load()));
        return ExitCodes.OK;
    }
}
