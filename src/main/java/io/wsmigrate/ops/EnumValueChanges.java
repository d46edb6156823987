package io.wsmigrate.ops;

import io.wsmigrate.schema.Identifiers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the labels of an enum type change, read from the two label lists in sort order. PostgreSQL
 * can add a label at any place ({@code ADD VALUE ... BEFORE/AFTER}) and rename one in place
 * ({@code RENAME VALUE}), but neither remove nor reorder labels: those need a new type.
 */
public final class EnumValueChanges {
    /** From cheapest to riskiest. */
    public enum Kind {
        /** Every old label stays, in the same order; new ones go in between. */
        ADD,
        /** Same number of labels; each position keeps its label or gets one that is entirely new. */
        RENAME,
        /** A label goes away or the order changes: the type is rebuilt and its columns converted. */
        REBUILD
    }

    /** One new label and its place: after {@code after}, or (when it comes first) before {@code before}. */
    public record Addition(String label, String before, String after) {
    }

    public record Rename(String from, String to) {
    }

    private EnumValueChanges() {
    }

    public static Kind kind(List<String> from, List<String> to) {
        Set<String> target = new HashSet<>(to);
        List<String> kept = to.stream().filter(new HashSet<>(from)::contains).toList();
        if (from.stream().allMatch(target::contains) && kept.equals(from)) {
            return Kind.ADD;
        }
        if (from.size() == to.size() && isRenameShape(from, to)) {
            return Kind.RENAME;
        }
        return Kind.REBUILD;
    }

    private static boolean isRenameShape(List<String> from, List<String> to) {
        Set<String> source = new HashSet<>(from);
        Set<String> target = new HashSet<>(to);
        for (int i = 0; i < from.size(); i++) {
            boolean same = from.get(i).equals(to.get(i));
            if (!same && (target.contains(from.get(i)) || source.contains(to.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** The labels of {@code to} that {@code from} lacks, in order. */
    public static List<String> added(List<String> from, List<String> to) {
        Set<String> source = new HashSet<>(from);
        return to.stream().filter(label -> !source.contains(label)).toList();
    }

    public static List<String> removed(List<String> from, List<String> to) {
        return added(to, from);
    }

    /** For an {@link Kind#ADD} change: each new label, in order, placed after the label before it in {@code to}. */
    public static List<Addition> additions(List<String> from, List<String> to) {
        Set<String> source = new HashSet<>(from);
        List<Addition> additions = new ArrayList<>();
        for (int i = 0; i < to.size(); i++) {
            String label = to.get(i);
            if (!source.contains(label)) {
                String after = i > 0 ? to.get(i - 1) : null;
                String before = after == null && i + 1 < to.size() ? to.get(i + 1) : null;
                additions.add(new Addition(label, before, after));
            }
        }
        return additions;
    }

    /**
     * For an {@link Kind#RENAME} change: each position whose label changes. A label renamed into
     * one the type will no longer have was free, so renames in position order never collide.
     */
    public static List<Rename> renames(List<String> from, List<String> to) {
        List<Rename> renames = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            if (!from.get(i).equals(to.get(i))) {
                renames.add(new Rename(from.get(i), to.get(i)));
            }
        }
        return renames;
    }

    /** Labels as SQL literals, for messages: {@code ('A', 'B')}. */
    public static String labels(List<String> labels) {
        return labels.stream().map(Identifiers::literal).collect(Collectors.joining(", ", "(", ")"));
    }
}
