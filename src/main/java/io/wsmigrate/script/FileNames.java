package io.wsmigrate.script;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** File names of new revision files: {@code <id>_<slug of the message>.yaml}. */
final class FileNames {
    static final int MAX_SLUG_LENGTH = 40;
    /** Ids are rows of the version table, whose {@code version_num} is a {@code varchar(64)}. */
    private static final int MAX_ID_LENGTH = 64;
    /** What {@link #isValidId} asks for, in the words of an error message. */
    static final String ID_RULE = "a revision id may hold only letters, digits, '_' and '-', starting with a letter"
            + " or digit, at most 64 characters";
    /** Words a target names (`base`, `head`...): a revision with such an id could never be reached. */
    private static final Set<String> RESERVED = Set.of("base", "current", "head", "heads");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private FileNames() {
    }

    /**
     * Ids become file names, so they keep to characters every file system accepts: an ASCII letter
     * or digit, then letters, digits, '_' and '-'. Checked by hand for every file listed, as no
     * regular expression on a cold JVM is.
     */
    static boolean isSafeId(String id) {
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH || !isAsciiLetterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** [A-Za-z0-9]: what ids and plainly written header values start with. */
    static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** The same rule for ids read from files and given with --rev-id: safe, and not a reserved word. */
    static boolean isValidId(String id) {
        return isSafeId(id) && !RESERVED.contains(id);
    }

    static String fileName(String id, String message) {
        String slug = slug(message);
        return slug.isEmpty() ? id + ".yaml" : id + "_" + slug + ".yaml";
    }

    /** Lower case ASCII, accents dropped, every other run of characters one {@code _}, at most 40 characters. */
    static String slug(String message) {
        String ascii = ACCENTS.matcher(Normalizer.normalize(message, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("_");
        if (slug.length() > MAX_SLUG_LENGTH) {
            slug = slug.substring(0, MAX_SLUG_LENGTH);
        }
        return trimUnderscores(slug);
    }

    private static String trimUnderscores(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '_') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '_') {
            end--;
        }
        return slug.substring(start, end);
    }
}
