package io.wsmigrate.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A look at a command line before picocli has built its model (a tenth of a second): the
 * subcommand's name and the values of {@code -c}/{@code --config} and {@code --profile}, for
 * building only the named subcommand and for {@link Prefetch}. The global options are written out
 * here, not read from {@link RootCommand}'s annotations: reading those (reflection, a proxy class
 * per annotation type) would hold back the start of the prefetch; picocli reads them meanwhile.
 * {@code ArgvPeekTest} checks that these are exactly the options of picocli's model, each with its
 * arity, and that on a corpus of command lines the peek finds what picocli parses. Whatever it
 * cannot read for sure (an argument file {@code @FILE}, {@code --}, clustered or attached short
 * options such as {@code -vc FILE} or {@code -cFILE}, an unknown option before the subcommand)
 * makes it decline: then every subcommand is built and nothing is prefetched.
 */
record ArgvPeek(String subcommand, Path config, String profile) {
    /** Global option names, and whether each takes a value: {@link RootCommand}'s, and the standard help options. */
    private static final Map<String, Boolean> GLOBAL = Map.ofEntries(Map.entry("-c", true), Map.entry("--config", true),
            Map.entry("--profile", true), Map.entry("-v", false), Map.entry("--verbose", false), Map.entry("-q", false),
            Map.entry("--quiet", false), Map.entry("-h", false), Map.entry("--help", false), Map.entry("-V", false),
            Map.entry("--version", false));

    /** What {@code args} name, or empty when the peek cannot tell for sure (no subcommand, or an unusual spelling). */
    static Optional<ArgvPeek> of(String[] args) {
        String subcommand = null;
        Path config = null;
        String profile = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("@") || arg.equals("--")) {
                return Optional.empty();
            }
            String name = arg.startsWith("--") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            Boolean takesValue = GLOBAL.get(name);
            if (takesValue == null) {
                if (!arg.startsWith("-") && subcommand == null) {
                    subcommand = arg;
                } else if (arg.startsWith("-") && (subcommand == null || mayHideGlobal(arg))) {
                    return Optional.empty();
                }
                continue; // an argument or an option of the subcommand
            }
            String value = null;
            if (!name.equals(arg)) {
                value = arg.substring(name.length() + 1);
            } else if (takesValue) {
                if (i + 1 >= args.length) {
                    return Optional.empty();
                }
                value = args[++i];
            }
            if (value != null && !takesValue) {
                return Optional.empty();
            }
            if (name.equals("-c") || name.equals("--config")) {
                config = Path.of(value);
            } else if (name.equals("--profile")) {
                profile = value;
            }
        }
        return subcommand == null ? Optional.empty() : Optional.of(new ArgvPeek(subcommand, config, profile));
    }

    /**
     * An option after the subcommand that could hold a global option picocli reads and this peek
     * does not: attached ({@code -cFILE}, {@code --config:FILE}) or in a cluster of short options.
     */
    private static boolean mayHideGlobal(String arg) {
        if (arg.startsWith("--")) {
            return GLOBAL.keySet().stream().anyMatch(name -> name.startsWith("--") && arg.startsWith(name));
        }
        return arg.length() > 2 && GLOBAL.keySet().stream()
                .anyMatch(name -> name.length() == 2 && arg.indexOf(name.charAt(1), 1) >= 0);
    }

    /** The global options the peek knows. */
    static Map<String, Boolean> globalOptions() {
        return GLOBAL;
    }
}
