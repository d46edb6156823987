package io.wsmigrate.config;

/** Dotted key paths for messages: {@code database.url}, {@code migrations.classpath[1]}. */
final class KeyPaths {
    private KeyPaths() {
    }

    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
