package io.wsmigrate.config;

import java.util.Optional;

/**
 * The PostgreSQL major of the embedded servers: {@code database.embedded_version}, checked
 * together with an {@code embedded:<major>} URL. Only the supported majors are accepted, and the
 * two may not disagree.
 */
final class EmbeddedVersionSetting {
    private static final String KEY = "embedded_version";

    private EmbeddedVersionSetting() {
    }

    /** The {@code embedded_version} key ({@code text}, null when not set) as a major, or null. */
    static Integer read(String text, Section section, String url) {
        Optional<Integer> inUrl = DatabaseSettings.majorIn(url);
        inUrl.ifPresent(major -> checkSupported(major, section, "url", "embedded:" + major,
                " (a data folder named by digits is written embedded:./" + major + ")"));
        if (text == null) {
            return null;
        }
        int major = parse(text.strip(), section);
        checkSupported(major, section, KEY, text.strip(), "");
        if (inUrl.isPresent() && inUrl.get() != major) {
            throw ConfigException.at(section.origin(KEY), section.keyPath(KEY), "is " + major + " but "
                    + section.keyPath("url") + " is embedded:" + inUrl.get() + "; keep one of the two");
        }
        return major;
    }

    private static int parse(String text, Section section) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ConfigException.at(section.origin(KEY), section.keyPath(KEY), "is '" + text + "', not a PostgreSQL"
                    + " major version; write one of " + range() + ", e.g. " + KEY + ": " + DatabaseSettings.NEWEST_MAJOR);
        }
        return Integer.parseInt(text);
    }

    private static void checkSupported(int major, Section section, String key, String written, String hint) {
        if (major < DatabaseSettings.OLDEST_MAJOR || major > DatabaseSettings.NEWEST_MAJOR) {
            throw ConfigException.at(section.origin(key), section.keyPath(key), "is " + written + ", but ws-migrate"
                    + " supports PostgreSQL " + range() + "; choose one of those" + hint);
        }
    }

    private static String range() {
        return DatabaseSettings.OLDEST_MAJOR + " to " + DatabaseSettings.NEWEST_MAJOR;
    }
}
