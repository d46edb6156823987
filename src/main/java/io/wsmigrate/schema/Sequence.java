package io.wsmigrate.schema;

/** A free-standing sequence (not one owned by an identity column). */
public record Sequence(QualifiedName name, long start, long increment) implements Comparable<Sequence> {
    @Override
    public int compareTo(Sequence other) {
        return name.compareTo(other.name);
    }
}
