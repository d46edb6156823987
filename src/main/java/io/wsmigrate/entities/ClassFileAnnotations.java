package io.wsmigrate.entities;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Tells from a class file's bytes, without loading the class, whether it may carry one of the JPA
 * type annotations Hibernate must be given. It looks for the annotation's type descriptor among the
 * constant pool's UTF-8 entries: these annotations can only stand on a type, so a class that lacks
 * the descriptor cannot carry them. Not loading the other classes keeps scanning fast and spares
 * us their missing dependencies.
 */
final class ClassFileAnnotations {
    private static final int MAGIC = 0xCAFEBABE;
    private static final List<byte[]> DESCRIPTORS = List.of(
            utf8("Ljakarta/persistence/Entity;"),
            utf8("Ljakarta/persistence/Embeddable;"),
            utf8("Ljakarta/persistence/MappedSuperclass;"),
            utf8("Ljakarta/persistence/Converter;"));

    private ClassFileAnnotations() {
    }

    /** True when the class file mentions one of the JPA type annotations; false for anything unreadable. */
    static boolean mayBeMapped(byte[] classFile) {
        try {
            return scanConstantPool(classFile);
        } catch (ArrayIndexOutOfBoundsException truncated) {
            return false;
        }
    }

    private static boolean scanConstantPool(byte[] bytes) {
        if (bytes.length < 10 || readInt(bytes, 0) != MAGIC) {
            return false;
        }
        int count = readShort(bytes, 8);
        int at = 10;
        for (int index = 1; index < count; index++) {
            int tag = bytes[at] & 0xFF;
            if (tag == 1) {
                int length = readShort(bytes, at + 1);
                if (matchesDescriptor(bytes, at + 3, length)) {
                    return true;
                }
                at += 3 + length;
            } else {
                int size = entrySize(tag);
                if (size < 0) {
                    return false;
                }
                at += size;
                if (tag == 5 || tag == 6) {
                    index++; // long and double take two slots
                }
            }
        }
        return false;
    }

    /** Size in bytes, tag included, of a constant-pool entry other than UTF-8; -1 if unknown. */
    private static int entrySize(int tag) {
        return switch (tag) {
            case 7, 8, 16, 19, 20 -> 3;
            case 15 -> 4;
            case 3, 4, 9, 10, 11, 12, 17, 18 -> 5;
            case 5, 6 -> 9;
            default -> -1;
        };
    }

    private static boolean matchesDescriptor(byte[] bytes, int from, int length) {
        for (byte[] descriptor : DESCRIPTORS) {
            if (descriptor.length == length
                    && Arrays.equals(bytes, from, from + length, descriptor, 0, length)) {
                return true;
            }
        }
        return false;
    }

    private static int readShort(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
    }

    private static int readInt(byte[] bytes, int at) {
        return (readShort(bytes, at) << 16) | readShort(bytes, at + 2);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
