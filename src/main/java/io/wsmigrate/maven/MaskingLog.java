package io.wsmigrate.maven;

import io.wsmigrate.config.Secrets;
import org.apache.maven.plugin.logging.Log;

/**
 * Maven's log with the run's secrets masked, as the command line's output is: a goal's lines reach
 * Maven's console and build logs (CI keeps them), where a password must never appear.
 */
final class MaskingLog implements Log {
    private final Log log;

    MaskingLog(Log log) {
        this.log = log;
    }

    @Override public boolean isDebugEnabled() { return log.isDebugEnabled(); }
    @Override public boolean isInfoEnabled() { return log.isInfoEnabled(); }
    @Override public boolean isWarnEnabled() { return log.isWarnEnabled(); }
    @Override public boolean isErrorEnabled() { return log.isErrorEnabled(); }

    @Override public void debug(CharSequence content) { log.debug(mask(content)); }
    @Override public void debug(CharSequence content, Throwable error) { log.debug(mask(content), MaskedError.of(error)); }
    @Override public void debug(Throwable error) { log.debug(MaskedError.of(error)); }
    @Override public void info(CharSequence content) { log.info(mask(content)); }
    @Override public void info(CharSequence content, Throwable error) { log.info(mask(content), MaskedError.of(error)); }
    @Override public void info(Throwable error) { log.info(MaskedError.of(error)); }
    @Override public void warn(CharSequence content) { log.warn(mask(content)); }
    @Override public void warn(CharSequence content, Throwable error) { log.warn(mask(content), MaskedError.of(error)); }
    @Override public void warn(Throwable error) { log.warn(MaskedError.of(error)); }
    @Override public void error(CharSequence content) { log.error(mask(content)); }
    @Override public void error(CharSequence content, Throwable error) { log.error(mask(content), MaskedError.of(error)); }
    @Override public void error(Throwable error) { log.error(MaskedError.of(error)); }

    private static String mask(CharSequence content) {
        return content == null ? null : Secrets.maskRemembered(content.toString());
    }
}
