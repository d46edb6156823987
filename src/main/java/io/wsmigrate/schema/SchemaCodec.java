package io.wsmigrate.schema;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link SchemaModel} as bytes and back, for the entity-model cache. It walks the records'
 * components as declared, so a component another change adds is written without touching this
 * class; what it writes is only ever read back by the same build (the cache's key names the build).
 * The types come from the declarations, never from the bytes, so reading builds nothing but schema
 * values. {@link #decode} of {@link #encode} equals the model, or the caller does not keep it:
 * {@link #roundTrips}.
 */
public final class SchemaCodec {
    private static final int ABSENT = 0;
    private static final int PRESENT = 1;

    private SchemaCodec() {
    }

    /** The model's bytes; an {@link IllegalArgumentException} names a component type it cannot write. */
    public static byte[] encode(SchemaModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, SchemaModel.class, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The model {@link #encode} wrote; any other bytes fail with an exception, never a partial model. */
    public static SchemaModel decode(byte[] bytes) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            SchemaModel model = (SchemaModel) read(in, SchemaModel.class);
            if (in.hasRemaining()) {
                throw new IOException("trailing bytes after the schema model");
            }
            return model;
        } catch (RuntimeException | ReflectiveOperationException e) {
            throw new IOException("not a schema model written by this build: " + e, e);
        }
    }

    /** Whether the model reads back equal to itself, so a cached copy cannot differ from it. */
    public static boolean roundTrips(SchemaModel model, byte[] encoded) {
        try {
            return decode(encoded).equals(model);
        } catch (IOException e) {
            return false;
        }
    }

    private static void write(DataOutputStream out, Type type, Object value) throws IOException {
        Class<?> raw = raw(type);
        if (!raw.isPrimitive()) {
            out.writeByte(value == null ? ABSENT : PRESENT);
            if (value == null) {
                return;
            }
        }
        if (raw == String.class) {
            byte[] utf8 = ((String) value).getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        } else if (raw == int.class || raw == Integer.class) {
            out.writeInt((Integer) value);
        } else if (raw == long.class || raw == Long.class) {
            out.writeLong((Long) value);
        } else if (raw == boolean.class || raw == Boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw.isEnum()) {
            write(out, String.class, ((Enum<?>) value).name());
        } else if (Collection.class.isAssignableFrom(raw)) {
            Collection<?> items = (Collection<?>) value;
            out.writeInt(items.size());
            for (Object item : items) {
                write(out, argument(type, 0), item);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            Map<?, ?> entries = (Map<?, ?>) value;
            out.writeInt(entries.size());
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                write(out, argument(type, 0), entry.getKey());
                write(out, argument(type, 1), entry.getValue());
            }
        } else if (raw.isRecord()) {
            RecordShape shape = SHAPES.get(raw);
            for (int i = 0; i < shape.types.length; i++) {
                try {
                    write(out, shape.types[i], shape.accessors[i].invoke(value));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException("cannot read a component of " + raw.getSimpleName(), e);
                }
            }
        } else {
            throw new IllegalArgumentException("a schema value of type " + type + " cannot be encoded");
        }
    }

    private static Object read(ByteBuffer in, Type type) throws IOException, ReflectiveOperationException {
        Class<?> raw = raw(type);
        if (!raw.isPrimitive()) {
            int presence = in.get();
            if (presence == ABSENT) {
                return null;
            }
            if (presence != PRESENT) {
                throw new IOException("bad presence byte " + presence);
            }
        }
        if (raw == String.class) {
            int length = count(in);
            String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            return text;
        } else if (raw == int.class || raw == Integer.class) {
            return in.getInt();
        } else if (raw == long.class || raw == Long.class) {
            return in.getLong();
        } else if (raw == boolean.class || raw == Boolean.class) {
            return in.get() != 0;
        } else if (raw.isEnum()) {
            return enumConstant(raw, (String) read(in, String.class));
        } else if (Collection.class.isAssignableFrom(raw)) {
            int size = count(in);
            Collection<Object> items = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                items.add(read(in, argument(type, 0)));
            }
            return items;
        } else if (Map.class.isAssignableFrom(raw)) {
            int size = count(in);
            Map<Object, Object> entries = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                entries.put(read(in, argument(type, 0)), read(in, argument(type, 1)));
            }
            return entries;
        } else if (raw.isRecord()) {
            RecordShape shape = SHAPES.get(raw);
            Object[] values = new Object[shape.types.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = read(in, shape.types[i]);
            }
            return shape.constructor.newInstance(values);
        }
        throw new IOException("a schema value of type " + type + " cannot be decoded");
    }

    /** A count or length that the bytes left can hold: a damaged one fails here, not in an allocation. */
    private static int count(ByteBuffer in) throws IOException {
        int size = in.getInt();
        if (size < 0 || size > in.remaining()) {
            throw new IOException("bad length " + size);
        }
        return size;
    }

    private static Object enumConstant(Class<?> type, String name) throws IOException {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new IOException(type.getSimpleName() + " has no constant " + name);
    }

    /** A record's component types, accessors and canonical constructor, looked up once per class. */
    private static final class RecordShape {
        final Type[] types;
        final Method[] accessors;
        final Constructor<?> constructor;

        RecordShape(Class<?> record) {
            RecordComponent[] components = record.getRecordComponents();
            types = new Type[components.length];
            accessors = new Method[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getGenericType();
                accessors[i] = components[i].getAccessor();
                raw[i] = components[i].getType();
            }
            try {
                constructor = record.getDeclaredConstructor(raw);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record has its canonical constructor", e);
            }
        }
    }

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        if (type instanceof WildcardType wildcard) {
            return raw(wildcard.getUpperBounds()[0]);
        }
        throw new IllegalArgumentException("a schema value of type " + type + " cannot be encoded");
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException("a collection of unknown elements cannot be encoded: " + type);
    }
}
