package io.newsflow.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Locale;

/**
 * Lets an appender log only when it is the chosen format: {@code NEWSFLOW_LOG_FORMAT} is {@code json} for one JSON
 * object a line, anything else (or unset) for plain text. Both appenders stay referenced, so logback has nothing
 * to warn about; the choice is read once, at start.
 */
public final class LogFormatFilter extends Filter<ILoggingEvent> {
    static final String VARIABLE = "NEWSFLOW_LOG_FORMAT";

    private String format = "text";
    private boolean chosen;

    /** The format this appender writes: {@code text} or {@code json}. */
    public void setFormat(String format) {
        this.format = format;
    }

    @Override
    public void start() {
        chosen = format.equals(chosen(System.getenv(VARIABLE)));
        super.start();
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return chosen ? FilterReply.NEUTRAL : FilterReply.DENY;
    }

    static String chosen(String variable) {
        return variable != null && variable.trim().toLowerCase(Locale.ROOT).equals("json") ? "json" : "text";
    }
}
