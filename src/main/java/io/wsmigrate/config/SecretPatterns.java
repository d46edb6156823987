package io.wsmigrate.config;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Where {@link Secrets} looks for a secret. Two kinds of place:
 * <ul>
 *   <li>where a password stands as one, whatever its value: a {@code password=} parameter, a
 *       user-info password ({@code //user:pw@host}), and for a known value also
 *       {@code password: pw}, {@code "password": "pw"} and SQL's {@code PASSWORD 'pw'};</li>
 *   <li>a known value standing as a word of its own: not inside a longer run of letters, digits,
 *       {@code _} or {@code $}, and not one segment of a longer name joined by {@code .},
 *       {@code /}, {@code \} or {@code -} ({@code org.example.petclinic}, {@code petclinic.owners},
 *       {@code /srv/petclinic}). A value is masked as the whole of what stands there, never in part.</li>
 * </ul>
 */
final class SecretPatterns {
    /** A {@code password=} (or {@code sslpassword=}, {@code PGPASSWORD=}) parameter, up to the next {@code &}. */
    static final Pattern PARAMETER = Pattern.compile("(?i)((?:ssl)?pass(?:word|wd|phrase)=)([^&\\s\"']+)");
    /** A user-info password: {@code //user:pw@host}. */
    static final Pattern USERINFO = Pattern.compile("(//[^/?#@\\s:]*:)([^@/?#\\s]*)@");
    private static final String NAME_CHAR = "[\\p{L}\\p{N}_$]";
    private static final String JOINER = "[./\\\\-]";

    private SecretPatterns() {
    }

    /** {@code value} standing as a word of its own (see the class comment). */
    static Pattern word(String value) {
        return Pattern.compile("(?<!" + NAME_CHAR + ")(?<!" + NAME_CHAR + JOINER + ")" + Pattern.quote(value)
                + "(?!" + NAME_CHAR + ")(?!" + JOINER + NAME_CHAR + ")");
    }

    /**
     * {@code value} where it stands as a password: after a password key ({@code password=pw},
     * {@code password: pw}, {@code "password": "pw"}, {@code PASSWORD 'pw'}) or as a user-info
     * password ({@code :pw@}). What the groups caught before the value is kept ({@link #prefix}).
     */
    static Pattern asPassword(String value) {
        String quoted = Pattern.quote(value);
        return Pattern.compile("(?i)(pass(?:word|wd|phrase)[\"']?(?:\\s*[=:]\\s*[\"']?|\\s+['\"]))" + quoted
                + "(?=$|[&;\\s\"',)])|(:)" + quoted + "(?=@)");
    }

    /** What a match's groups caught before the secret, to be kept in front of the mask. */
    static String prefix(MatchResult m) {
        StringBuilder kept = new StringBuilder();
        for (int group = 1; group <= m.groupCount(); group++) {
            if (m.group(group) != null) {
                kept.append(m.group(group));
            }
        }
        return kept.toString();
    }
}
