package io.newsflow.app;

import io.newsflow.broker.BrokerStartException;
import io.newsflow.model.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsflow} command. */
@Command(name = "newsflow", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Streaming ingestion pipeline for news on Apache Kafka: article files in, clean, "
                + "deduplicated, tagged JSONL out.",
        subcommands = {RunCommand.class, ReplayCommand.class, IngestCommand.class, ProcessCommand.class,
                SinkCommand.class, TailCommand.class, SourcesCommand.class, ExtractCommand.class, DedupCommand.class,
                TaggerCommand.class, BenchCommand.class, ConfigCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 failure, 2 usage, 3 invalid configuration, 4 Kafka unavailable, "
                + "5 --once timed out."})
public final class Newsflow implements Runnable {
    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Newsflow())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Newsflow::onError);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    static int exitCode(Exception e) {
        if (e instanceof ConfigException) {
            return ExitCodes.CONFIG;
        }
        if (e instanceof BrokerStartException || e instanceof KafkaUnavailableException) {
            return ExitCodes.KAFKA_UNAVAILABLE;
        }
        return e instanceof OnceTimeoutException ? ExitCodes.TIMEOUT : ExitCodes.FAILURE;
    }

    /** Expected failures get one clear line, no stack trace, and an exit code that says what kind. */
    private static int onError(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        int code = exitCode(e);
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        commandLine.getErr().println("newsflow " + commandLine.getCommandName() + ": " + message);
        if (code == ExitCodes.FAILURE) {
            e.printStackTrace(commandLine.getErr());
        }
        return code;
    }
}
