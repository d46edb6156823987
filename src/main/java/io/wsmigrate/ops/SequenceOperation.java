package io.wsmigrate.ops;

import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Sequence;
import java.util.ArrayList;
import java.util.List;

/** Free-standing sequences, such as those of {@code @SequenceGenerator}. */
public sealed interface SequenceOperation extends Operation {
    /** One method per kind of this operation: a new kind does not compile until every visitor handles it. */
    interface Visitor<R> {
        R createSequence(CreateSequence operation);

        R dropSequence(DropSequence operation);

        R alterSequence(AlterSequence operation);
    }

    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R accept(Operation.Visitor<R> visitor) {
        return visitor.sequence(this);
    }

    record CreateSequence(Sequence sequence) implements SequenceOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.createSequence(this);
        }

        @Override
        public Operation reverse() {
            return new DropSequence(sequence);
        }

        @Override
        public QualifiedName target() {
            return sequence.name();
        }

        @Override
        public String describe() {
            return "create sequence " + sequence.name();
        }
    }

    record DropSequence(Sequence sequence) implements SequenceOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dropSequence(this);
        }

        @Override
        public Operation reverse() {
            return new CreateSequence(sequence);
        }

        @Override
        public QualifiedName target() {
            return sequence.name();
        }

        @Override
        public String describe() {
            return "drop sequence " + sequence.name();
        }
    }

    /**
     * Changes the increment (allocation size) and the start value, the one a fresh database would
     * have; the sequence's current value is left alone, as {@code ALTER SEQUENCE ... START WITH} does.
     */
    record AlterSequence(Sequence from, Sequence to) implements SequenceOperation {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.alterSequence(this);
        }

        @Override
        public Operation reverse() {
            return new AlterSequence(to, from);
        }

        @Override
        public QualifiedName target() {
            return to.name();
        }

        @Override
        public String describe() {
            List<String> changes = new ArrayList<>();
            if (from.increment() != to.increment()) {
                changes.add("increment " + from.increment() + " -> " + to.increment());
            }
            if (from.start() != to.start()) {
                changes.add("start " + from.start() + " -> " + to.start());
            }
            return "alter sequence " + to.name() + " " + String.join(", ", changes);
        }
    }
}
